package gov.irs.secureaccess.platform.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embedded mode makes its keys once and keeps them, so data sealed before a restart opens
 * after it.
 */
class DevKeyFileTest {

	@TempDir
	Path dataDir;

	@Test
	void whenLoadedTwice_thenTheSameKeysOpenEarlierValues() throws Exception {
		String sealed = new PiiCipher(DevKeyFile.loadOrCreate(this.dataDir)).seal("kept", "c");

		PiiCipher again = new PiiCipher(DevKeyFile.loadOrCreate(this.dataDir));

		assertThat(again.open(sealed, "c")).isEqualTo("kept");
		assertThat(PosixFilePermissions
			.toString(Files.getPosixFilePermissions(this.dataDir.resolve(DevKeyFile.FILE_NAME))))
			.isEqualTo("rw-------");
	}

	@Test
	void whenMadeInTwoFolders_thenTheKeysDiffer() {
		KeyedHash first = new KeyedHash(DevKeyFile.loadOrCreate(this.dataDir.resolve("a")));
		KeyedHash second = new KeyedHash(DevKeyFile.loadOrCreate(this.dataDir.resolve("b")));

		assertThat(first.of("p", "v")).isNotEqualTo(second.of("p", "v"));
	}

}
