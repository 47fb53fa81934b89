package gov.irs.secureaccess.platform.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * Development keys for embedded mode: made once with a strong random source and kept
 * beside the embedded database (owner-only file), so encrypted data still opens after a
 * restart. Never used when a database URL is given.
 */
final class DevKeyFile {

	static final String FILE_NAME = "dev-keys.properties";

	private static final String DEV_KEY_ID = "dev1";

	private DevKeyFile() {
	}

	static KeyRing loadOrCreate(Path dataDir) {
		Path file = dataDir.resolve(FILE_NAME);
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			Properties props = new Properties();
			try (Reader in = Files.newBufferedReader(file)) {
				props.load(in);
			}
			return new KeyRing(Map.of(DEV_KEY_ID, props.getProperty("pii-key")), DEV_KEY_ID,
					props.getProperty("lookup-key"));
		}
		catch (IOException ex) {
			throw new CryptoException("Could not read or create development keys in " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		SecureRandom random = new SecureRandom();
		Properties props = new Properties();
		props.setProperty("pii-key", randomKey(random));
		props.setProperty("lookup-key", randomKey(random));
		Path tmp = Files.createTempFile(file.getParent(), "dev-keys", ".tmp");
		try {
			Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system; the data folder's own permissions apply
		}
		try (Writer out = Files.newBufferedWriter(tmp)) {
			props.store(out,
					"Secure Access development keys (embedded mode only). Losing this file makes stored PII unreadable.");
		}
		Files.move(tmp, file);
	}

	private static String randomKey(SecureRandom random) {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
