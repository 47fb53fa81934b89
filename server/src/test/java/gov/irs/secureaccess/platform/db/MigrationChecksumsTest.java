package gov.irs.secureaccess.platform.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.StringResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A released migration is never edited, renamed or removed (issue 15): each file's Flyway
 * checksum must be the one written in
 * {@code server/src/test/resources/migration-checksums.txt} when it was added. An edited
 * migration would stop every database that already ran it at start-up (Flyway validates
 * checksums), and give databases that did not a different schema. A new migration is
 * appended to the list; the failure says which line to add.
 */
class MigrationChecksumsTest {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path LIST = Path.of("src/test/resources/migration-checksums.txt");

	private static final Pattern FILE = Pattern.compile("V(\\d+)__.+\\.sql");

	@Test
	void whenAMigrationIsEditedRemovedOrNew_thenItsChecksumIsNotTheListedOne() throws IOException {
		Map<String, Integer> listed = listed();
		Map<String, Integer> actual = new LinkedHashMap<>();
		for (Path file : migrations()) {
			actual.put(file.getFileName().toString(), checksum(Files.readString(file, StandardCharsets.UTF_8)));
		}
		List<String> problems = new ArrayList<>();
		actual.forEach((name, checksum) -> {
			Integer released = listed.get(name);
			if (released == null) {
				problems.add(name + " is new: add the line \"" + name + " " + checksum + "\" to server/" + LIST
						+ " in version order (once merged it is released: never edited again)");
			}
			else if (released.intValue() != checksum) {
				problems.add(name + " was edited after its release (checksum " + checksum + ", listed " + released
						+ "): undo the edit and put the change into a new migration");
			}
		});
		listed.keySet()
			.stream()
			.filter((name) -> !actual.containsKey(name))
			.forEach((name) -> problems.add(name + " was released and is gone (removed or renamed): put it back"));
		assertThat(problems).as("migrations against server/%s", LIST).isEmpty();
	}

	@Test
	void whenTheListIsRead_thenItIsInVersionOrderWithOneLinePerMigration() throws IOException {
		List<Integer> versions = new ArrayList<>();
		for (String name : listed().keySet()) {
			Matcher matcher = FILE.matcher(name);
			assertThat(matcher.matches()).as("a migration's file name: %s", name).isTrue();
			versions.add(Integer.parseInt(matcher.group(1)));
		}
		assertThat(versions).as("versions in the list").isSorted().doesNotHaveDuplicates();
	}

	@Test
	void whenAChecksumIsComputed_thenItIsTheOneFlywayRecordsInItsHistory() throws IOException {
		for (Path file : migrations()) {
			String sql = Files.readString(file, StandardCharsets.UTF_8);
			assertThat(checksum(sql)).as(file.toString())
				.isEqualTo(ChecksumCalculator.calculate(new StringResource(sql)));
		}
		assertThat(checksum("select 1;\r\nselect 2;\n")).as("line ends do not count, as in Flyway")
			.isEqualTo(checksum("select 1;\nselect 2;"))
			.isNotEqualTo(checksum("select 1;\nselect 3;"));
	}

	/**
	 * Flyway's checksum: CRC32 over each line's UTF-8 bytes, line ends left out; the
	 * value as a signed int.
	 */
	static int checksum(String sql) throws IOException {
		CRC32 crc = new CRC32();
		try (BufferedReader lines = new BufferedReader(new StringReader(sql))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				crc.update((line.startsWith("\uFEFF") ? line.substring(1) : line).getBytes(StandardCharsets.UTF_8));
			}
		}
		return (int) crc.getValue();
	}

	private static List<Path> migrations() throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return files.filter((f) -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
		}
	}

	private static Map<String, Integer> listed() throws IOException {
		Map<String, Integer> listed = new LinkedHashMap<>();
		for (String line : Files.readAllLines(LIST, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.trim().split("\\s+");
			assertThat(parts).as("\"<file> <checksum>\": %s", line).hasSize(2);
			assertThat(listed.put(parts[0], Integer.parseInt(parts[1]))).as("listed once: %s", parts[0]).isNull();
		}
		return listed;
	}

}
