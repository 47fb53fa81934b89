package gov.irs.secureaccess.sources.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing (Jazzer) of the CSV import of the sources (SRC-1: the embedded reference
 * tables, docs/sources.md): any bytes in a source file give its rows, each numbered after
 * the one before and holding only the header's columns, or a {@link CsvRowException}
 * naming the file and a line; never another exception, and a refusal never quotes the
 * data (DATA-3).
 */
class CsvTableFuzzTest {

	private static final List<String> REQUIRED = List.of("ssn", "first_name", "last_name");

	private static final List<String> OPTIONAL = List.of("line2");

	@FuzzTest(maxDuration = "30s")
	void SRC_1_whenAnyBytesAreImportedAsASourceFile_thenTheyAreRowsOrARefusalNamingTheLine(byte[] content)
			throws IOException {
		Path folder = Files.createTempDirectory("csv-fuzz");
		Path file = folder.resolve("tax_records.csv");
		try {
			Files.write(file, content);
			List<CsvRow> rows;
			try {
				rows = CsvTable.read(file, REQUIRED, OPTIONAL);
			}
			catch (CsvRowException refused) {
				assertThat(refused.file()).isEqualTo("tax_records.csv");
				assertThat(refused.line()).isNotNegative();
				assertThat(refused.reason()).doesNotContainPattern("\\d{9}");
				return;
			}
			long previous = 1;
			for (CsvRow row : rows) {
				assertThat(row.line()).isGreaterThan(previous);
				previous = row.line();
			}
		}
		finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(folder);
		}
	}

}
