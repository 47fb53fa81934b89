package gov.irs.secureaccess.taxapps.tinmatching;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing (Jazzer) of the Bulk TIN Matching file (FED-4, docs/tax-applications.md): any
 * bytes are refused with a message or read into numbered lines, each a request or a bad
 * line with its reason; a bad line's reason never quotes the line.
 */
class BulkFileFuzzTest {

	@FuzzTest(maxDuration = "30s")
	void FED_4_whenAnyBytesAreUploadedAsABulkFile_thenTheyAreReadOrRefusedWithAMessage(byte[] content) {
		BulkFile file;
		try {
			file = BulkFile.parse(content);
		}
		catch (TinMatchingRefused refused) {
			assertThat(refused.getMessage()).startsWith("The file ");
			return;
		}
		assertThat(file.size()).isPositive().isLessThanOrEqualTo(BulkFile.MAX_PAIRS);
		int previous = 0;
		for (BulkFile.Line line : file.lines()) {
			assertThat(line.number()).isGreaterThan(previous);
			previous = line.number();
			assertThat(line.text()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
			assertThat((line.pair() == null) != (line.problem() == null)).as("a request or a bad line").isTrue();
			if (line.problem() != null && line.text().strip().length() > 3) {
				assertThat(line.problem()).doesNotContain(line.text().strip());
			}
			if (line.text().strip().length() >= 8) {
				assertThat(line.toString()).as("what is logged of a line").doesNotContain(line.text().strip());
			}
		}
	}

}
