package gov.irs.secureaccess.taxapps.tinmatching;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FED-1 Bulk TIN Matching file format: {@code TIN type;TIN;Name;Account number}, up to
 * 100,000 requests.
 */
class BulkFileTest {

	@Test
	void FED_1_whenLinesAreRead_thenFieldsAndBadLinesAreKnownByLineNumber() {
		BulkFile file = BulkFile
			.parse(("1;666-01-0001;Olivia Bennett;ACCT-1\r\n" + "\n" + "2;07-4200101;Blue Heron Logistics LLC\n"
					+ "1;666-01-0001\n" + "x;666-01-0001;Olivia Bennett;\n")
				.getBytes(StandardCharsets.UTF_8));

		assertThat(file.size()).isEqualTo(4);
		assertThat(file.lines().get(0).pair()).isEqualTo(new TinPair(1, "666-01-0001", "Olivia Bennett", "ACCT-1"));
		assertThat(file.lines().get(1).number()).isEqualTo(3);
		assertThat(file.lines().get(2).number()).isEqualTo(4);
		assertThat(file.lines().get(2).pair()).isNull();
		assertThat(file.lines().get(2).problem()).contains("3 or 4 fields");
		assertThat(file.lines().get(2).toString()).doesNotContain("666");
		assertThat(file.lines().get(3).pair().tinType()).as("not a number: an invalid request later").isNull();
	}

	@Test
	void FED_1_whenTheFileHas100000Requests_thenItIsTakenAndOneMoreIsRefused() {
		String line = "1;999-70-0001;Pat Doe\n";
		byte[] full = line.repeat(BulkFile.MAX_PAIRS).getBytes(StandardCharsets.US_ASCII);
		byte[] over = (line.repeat(BulkFile.MAX_PAIRS) + line).getBytes(StandardCharsets.US_ASCII);

		assertThat(BulkFile.parse(full).size()).isEqualTo(100_000);
		assertThatThrownBy(() -> BulkFile.parse(over)).isInstanceOf(TinMatchingRefused.class)
			.hasMessageContaining("100000");
	}

	@Test
	void FED_1_whenTheFileIsNotText_thenItIsRefusedWhole() {
		assertThatThrownBy(() -> BulkFile.parse(new byte[0])).isInstanceOf(TinMatchingRefused.class);
		assertThatThrownBy(() -> BulkFile.parse(new byte[] { (byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, (byte) 0xFE }))
			.isInstanceOf(TinMatchingRefused.class)
			.hasMessageContaining("plain text");
		assertThatThrownBy(() -> BulkFile.parse("\n\n  \n".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(TinMatchingRefused.class);
	}

}
