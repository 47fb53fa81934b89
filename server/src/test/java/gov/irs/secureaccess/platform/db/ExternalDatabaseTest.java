package gov.irs.secureaccess.platform.db;

import java.util.HashMap;
import java.util.Map;

import gov.irs.secureaccess.platform.crypto.TestKeys;
import gov.irs.secureaccess.support.RunningService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Given a database URL, the service uses that PostgreSQL: no embedded server, no
 * developer pages, keys from settings. Runs when {@code SECURE_ACCESS_TEST_DATABASE_URL}
 * (and {@code _USERNAME}, {@code _PASSWORD}) name an empty PostgreSQL database;
 * {@code .ci/run} starts one from Debian's packages.
 */
@EnabledIfEnvironmentVariable(named = "SECURE_ACCESS_TEST_DATABASE_URL", matches = "jdbc:postgresql:.+")
class ExternalDatabaseTest {

	private static Map<String, String> database() {
		Map<String, String> settings = new HashMap<>();
		settings.put("spring.datasource.url", System.getenv("SECURE_ACCESS_TEST_DATABASE_URL"));
		settings.put("spring.datasource.username",
				System.getenv().getOrDefault("SECURE_ACCESS_TEST_DATABASE_USERNAME", ""));
		settings.put("spring.datasource.password",
				System.getenv().getOrDefault("SECURE_ACCESS_TEST_DATABASE_PASSWORD", ""));
		return settings;
	}

	@Test
	void whenADatabaseUrlIsGiven_thenItIsUsedAndNoEmbeddedServerOrDevPageExists() throws Exception {
		Map<String, String> settings = database();
		settings.put("secure-access.crypto.pii-keys.ci1", TestKeys.key(3));
		settings.put("secure-access.crypto.active-pii-key", "ci1");
		settings.put("secure-access.crypto.lookup-key", TestKeys.key(4));

		try (RunningService service = RunningService.start(settings)) {
			assertThat(service.context().getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
			JdbcClient jdbc = service.context().getBean(JdbcClient.class);
			assertThat(jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single())
				.isGreaterThanOrEqualTo(140000);
			assertThat(
					jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
				.isPositive();
			assertThat(service.get("/readyz").body()).contains("\"status\":\"UP\"");
			assertThat(service.get("/dev/outbox").statusCode()).isEqualTo(404);
		}
	}

	@Test
	void whenADatabaseUrlIsGivenWithoutKeys_thenStartUpStopsAndSaysWhichSettingsAreMissing() {
		assertThatThrownBy(() -> RunningService.start(database()).close()).isInstanceOf(BeanCreationException.class)
			.rootCause()
			.hasMessageContaining("secure-access.crypto.pii-keys");
	}

}
