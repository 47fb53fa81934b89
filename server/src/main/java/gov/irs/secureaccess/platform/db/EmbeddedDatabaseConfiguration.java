package gov.irs.secureaccess.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Embedded mode: a PostgreSQL server whose binaries come inside a Maven jar, its cluster
 * kept under {@code <data-dir>/postgres} so data survives restarts, listening on loopback
 * only and asking every connection for the password kept in the data folder
 * ({@link EmbeddedDatabasePassword}). Closing the application context stops it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedMode
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	DataFolderLock dataFolderLock(DataFolderProperties properties) throws IOException {
		return DataFolderLock.acquire(properties.dataDir().toAbsolutePath().normalize());
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(DataFolderProperties properties, DataFolderLock lock) throws IOException {
		Path cluster = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
		Files.createDirectories(cluster);
		StalePostmaster.stopIfRunning(cluster);
		EmbeddedDatabasePassword password = EmbeddedDatabasePassword.of(cluster.getParent());
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(cluster)
			.setCleanDataDirectory(properties.embeddedDbEphemeral())
			.setServerConfig("listen_addresses", "localhost")
			// The library's defaults suit throw-away test databases; this one keeps real
			// data.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			// A new cluster requires the password from the start (the library's initdb
			// says "-A trust"; these come after it and win).
			.setLocaleConfig("auth", "scram-sha-256")
			.setLocaleConfig("pwfile", password.file().toString())
			.setConnectConfig("password", password.value());
		if (properties.embeddedDbPort() > 0) {
			builder.setPort(properties.embeddedDbPort());
		}
		EmbeddedPostgres postgres = builder.start();
		password.requireOn(postgres, cluster);
		log.info("Embedded PostgreSQL started on port {} with its cluster in {}", postgres.getPort(), cluster);
		return postgres;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres, DataFolderProperties properties) throws IOException {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setPassword(EmbeddedDatabasePassword.of(properties.dataDir().toAbsolutePath().normalize()).value());
		config.setPoolName("embedded");
		config.setMaximumPoolSize(10);
		return new HikariDataSource(config);
	}

}
