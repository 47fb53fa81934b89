package gov.irs.secureaccess.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * If the service was killed without a chance to stop its embedded PostgreSQL, that server
 * keeps running on the cluster and blocks the next start. Called while holding the
 * {@link DataFolderLock}, so any server still on the cluster belongs to a dead
 * predecessor: stop it (fast shutdown; data is safe, PostgreSQL recovers from its WAL).
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private StalePostmaster() {
	}

	static void stopIfRunning(Path cluster) throws IOException {
		Path pidFile = cluster.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
				: parse(lines.get(0).strip()).flatMap(ProcessHandle::of)
					.filter(ProcessHandle::isAlive)
					.filter((handle) -> handle.info().command().map((c) -> c.endsWith("postgres")).orElse(false));
		if (process.isEmpty()) {
			return;
		}
		ProcessHandle postmaster = process.get();
		log.warn("Stopping the embedded PostgreSQL left running by a previous run (pid {})", postmaster.pid());
		postmaster.destroy();
		try {
			postmaster.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			postmaster.destroyForcibly();
		}
	}

	private static Optional<Long> parse(String pid) {
		try {
			return Optional.of(Long.parseLong(pid));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
