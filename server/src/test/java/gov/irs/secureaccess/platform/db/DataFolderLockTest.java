package gov.irs.secureaccess.platform.db;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Two services on one data folder would corrupt each other's database: the second one
 * refuses to start.
 */
class DataFolderLockTest {

	@TempDir
	Path dataDir;

	@Test
	void whenTheFolderIsAlreadyLocked_thenASecondLockIsRefusedWithAClearMessage() throws Exception {
		try (DataFolderLock first = DataFolderLock.acquire(this.dataDir)) {
			assertThatIllegalStateException().isThrownBy(() -> DataFolderLock.acquire(this.dataDir))
				.withMessageContaining("Another Secure Access process is using the data folder")
				.withMessageContaining("--secure-access.data-dir");
		}
		assertThatNoException().isThrownBy(() -> DataFolderLock.acquire(this.dataDir).close());
	}

}
