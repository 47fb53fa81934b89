package gov.irs.secureaccess.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import gov.irs.secureaccess.support.RunningService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DATA-1 (issue 14 item 2): the embedded PostgreSQL let {@code postgres} in without a
 * password on loopback, so any program on the machine could read every table. Now every
 * connection needs the generated password kept in the data folder, owner-only; a cluster
 * made before this version is closed the same way on its next start.
 */
class EmbeddedDatabasePasswordTest {

	@TempDir
	Path dataDir;

	@Test
	@DisplayName("DATA-1: a new embedded cluster refuses loopback connections without the data folder's password")
	void DATA_1_whenTheServiceMakesItsCluster_thenConnectionsNeedTheOwnerOnlyPassword() throws Exception {
		try (RunningService service = start()) {
			int port = service.context().getBean(EmbeddedPostgres.class).getPort();
			Path file = this.dataDir.resolve("postgres.password");
			assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			String password = Files.readString(file).strip();
			assertThat(password).hasSizeGreaterThanOrEqualTo(40);

			assertRefused(port, null);
			assertRefused(port, "postgres");
			assertThat(selectOne(port, password)).isEqualTo(1);
		}
	}

	@Test
	@DisplayName("DATA-1: a cluster made before (trusting loopback) needs the password after the next start, and keeps its data")
	void DATA_1_whenAClusterTrustedLoopback_thenTheNextStartRequiresThePasswordAndKeepsItsData() throws Exception {
		int port;
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDir.resolve("postgres"))
			.setCleanDataDirectory(false)
			.start(); Connection connection = old.getPostgresDatabase().getConnection()) {
			connection.createStatement()
				.execute(
						"create schema earlier; create table earlier.kept (n int); insert into earlier.kept values (7)");
		}
		try (RunningService service = start()) {
			port = service.context().getBean(EmbeddedPostgres.class).getPort();
			assertRefused(port, null);
			String password = Files.readString(this.dataDir.resolve("postgres.password")).strip();
			try (Connection connection = DriverManager.getConnection(url(port), "postgres", password)) {
				var rows = connection.createStatement().executeQuery("select n from earlier.kept");
				assertThat(rows.next()).isTrue();
				assertThat(rows.getInt(1)).isEqualTo(7);
			}
		}
		try (RunningService again = start()) {
			int portAgain = again.context().getBean(EmbeddedPostgres.class).getPort();
			assertRefused(portAgain, null);
			assertThat(again.get("/readyz").body()).contains("\"status\":\"UP\"");
		}
	}

	private RunningService start() {
		return RunningService.start(Map.of("secure-access.data-dir", this.dataDir.toString()));
	}

	private static void assertRefused(int port, String password) {
		assertThatThrownBy(() -> selectOne(port, password)).as("a connection with password " + password)
			.isInstanceOf(SQLException.class)
			.satisfies((ex) -> assertThat(((SQLException) ex).getSQLState()).isIn("28P01", "08004"));
	}

	private static int selectOne(int port, String password) throws SQLException {
		try (Connection connection = (password != null) ? DriverManager.getConnection(url(port), "postgres", password)
				: DriverManager.getConnection(url(port) + "?user=postgres")) {
			var rows = connection.createStatement().executeQuery("select 1");
			rows.next();
			return rows.getInt(1);
		}
	}

	private static String url(int port) {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

}
