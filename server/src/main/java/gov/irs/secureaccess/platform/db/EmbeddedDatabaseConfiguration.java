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
 * Embedded mode: a PostgreSQL server whose binaries come inside a Maven jar, its cluster kept under
 * {@code <data-dir>/postgres} so data survives restarts. Closing the application context stops it.
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
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(cluster)
			.setCleanDataDirectory(properties.embeddedDbEphemeral())
			.setServerConfig("listen_addresses", "localhost")
			// The library's defaults suit throw-away test databases; this one keeps real data.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on");
		if (properties.embeddedDbPort() > 0) {
			builder.setPort(properties.embeddedDbPort());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL started on port {} with its cluster in {}", postgres.getPort(), cluster);
		return postgres;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setPoolName("embedded");
		config.setMaximumPoolSize(10);
		return new HikariDataSource(config);
	}

}
