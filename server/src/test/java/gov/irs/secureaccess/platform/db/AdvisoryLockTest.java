package gov.irs.secureaccess.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One registry of the PostgreSQL advisory locks the service takes: unique keys, and no
 * lock taken outside it.
 */
class AdvisoryLockTest {

	private static final Pattern ADVISORY = Pattern.compile("pg_(try_)?advisory_");

	@Test
	void everyKeyIsUniqueAndNoneReusesARetiredOne() {
		List<Long> keys = new ArrayList<>(Arrays.stream(AdvisoryLock.values()).map(AdvisoryLock::key).toList());
		keys.addAll(AdvisoryLock.RETIRED.keySet());

		assertThat(keys).doesNotHaveDuplicates();
	}

	@Test
	void noClassTakesAnAdvisoryLockExceptThroughTheRegistry() throws IOException {
		Path sources = Path.of("src/main");
		assertThat(sources).isDirectory();
		List<Path> takers;
		try (Stream<Path> files = Files.walk(sources)) {
			takers = files.filter(Files::isRegularFile)
				.filter((file) -> file.toString().endsWith(".java") || file.toString().endsWith(".sql"))
				.filter((file) -> ADVISORY.matcher(read(file)).find())
				.toList();
		}

		assertThat(takers).containsExactly(sources.resolve("java/gov/irs/secureaccess/platform/db/AdvisoryLock.java"));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
