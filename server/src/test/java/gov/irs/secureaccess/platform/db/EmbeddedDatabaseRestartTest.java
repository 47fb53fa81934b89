package gov.irs.secureaccess.platform.db;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.support.RunningService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Embedded mode: the data folder survives a restart, and stopping the service stops its
 * PostgreSQL.
 */
class EmbeddedDatabaseRestartTest {

	@TempDir
	Path dataDir;

	@Test
	void whenTheServiceRestartsOnTheSameDataFolder_thenEarlierDataIsStillThereAndReadable() throws Exception {
		Map<String, String> settings = Map.of("secure-access.data-dir", this.dataDir.toString());
		int port;
		try (RunningService first = RunningService.start(settings)) {
			first.context()
				.getBean(AuditLog.class)
				.record(AuditEvent.of("system", "test.before-restart", "restart", null));
			port = first.context().getBean(EmbeddedPostgres.class).getPort();
			assertThat(first.get("/readyz").body()).contains("\"status\":\"UP\"");
		}

		assertThatThrownBy(() -> new Socket("localhost", port).close())
			.as("embedded PostgreSQL stopped with the service")
			.isInstanceOf(IOException.class);

		try (RunningService second = RunningService.start(settings)) {
			JdbcClient jdbc = second.context().getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from audit_event where action = 'test.before-restart'")
				.query(Integer.class)
				.single()).isEqualTo(1);
			assertThat(second.context().getBean(AuditLog.class).forSubject("restart", 1)).singleElement()
				.satisfies((entry) -> assertThat(entry.action()).isEqualTo("test.before-restart"));
		}
	}

}
