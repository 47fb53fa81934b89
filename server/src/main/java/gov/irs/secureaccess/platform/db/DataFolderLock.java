package gov.irs.secureaccess.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the data folder for as long as this service runs. The operating
 * system releases it when the process ends, however it ends, so holding it proves no
 * other live Secure Access process uses the folder.
 */
final class DataFolderLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataFolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static DataFolderLock acquire(Path dataDir) throws IOException {
		Files.createDirectories(dataDir);
		FileChannel channel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("Another Secure Access process is using the data folder " + dataDir
					+ "; stop it or start this one with --secure-access.data-dir=<another folder>");
		}
		return new DataFolderLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		this.lock.release();
		this.channel.close();
	}

}
