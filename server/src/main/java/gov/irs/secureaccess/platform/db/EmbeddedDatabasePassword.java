package gov.irs.secureaccess.platform.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

/**
 * The embedded PostgreSQL's superuser password (DATA-1): generated on the first start,
 * kept in {@code <data-dir>/postgres.password} readable by the service's owner only, and
 * required for every connection, so another program on the machine cannot read the
 * database over loopback. A new cluster is made with it
 * ({@code initdb --auth=scram-sha-256 --pwfile}); a cluster made before, which trusted
 * loopback, gets it set and its {@code pg_hba.conf} replaced on its first start with this
 * version.
 */
final class EmbeddedDatabasePassword {

	static final String FILE_NAME = "postgres.password";

	/**
	 * Every connection, over TCP on loopback or the Unix socket, proves the password
	 * (SCRAM).
	 */
	private static final SecureRandom RANDOM = new SecureRandom();

	static final String HBA = """
			# Written by Secure Access: every connection needs the password in <data-dir>/postgres.password.
			local all all scram-sha-256
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	private final Path file;

	private final String value;

	private EmbeddedDatabasePassword(Path file, String value) {
		this.file = file;
		this.value = value;
	}

	/** The data folder's password, made (owner-only) if it has none yet. */
	static EmbeddedDatabasePassword of(Path dataDir) throws IOException {
		Path file = dataDir.resolve(FILE_NAME);
		if (!Files.exists(file)) {
			byte[] random = new byte[32];
			RANDOM.nextBytes(random);
			String made = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			try {
				create(file);
				Files.writeString(file, made + "\n", StandardCharsets.US_ASCII);
			}
			catch (FileAlreadyExistsException ex) {
				// Another start made it first: use theirs.
			}
		}
		String value = Files.readString(file, StandardCharsets.US_ASCII).strip();
		if (value.isEmpty()) {
			throw new IllegalStateException(file + " is empty: restore it from a backup of the data folder");
		}
		return new EmbeddedDatabasePassword(file, value);
	}

	private static void create(Path file) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
	}

	Path file() {
		return this.file;
	}

	String value() {
		return this.value;
	}

	/**
	 * For a cluster that trusted loopback: the password set, then required from now on.
	 */
	void requireOn(EmbeddedPostgres postgres, Path cluster) throws IOException {
		Path hba = cluster.resolve("pg_hba.conf");
		if (Files.readString(hba).equals(HBA)) {
			return;
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			// pgjdbc computes the SCRAM-SHA-256 verifier here and sends only that: the
			// password is never part of an SQL text (which PostgreSQL may log), and
			// nothing read from the file is spliced into a statement.
			connection.unwrap(PGConnection.class)
				.alterUserPassword("postgres", this.value.toCharArray(), "scram-sha-256");
			Files.writeString(hba, HBA);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IOException("Could not set the embedded PostgreSQL's password", ex);
		}
	}

}
