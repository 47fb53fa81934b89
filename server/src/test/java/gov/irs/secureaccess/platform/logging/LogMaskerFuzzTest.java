package gov.irs.secureaccess.platform.logging;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing (Jazzer) of DATA-3's log mask: any line is masked without failing (and without
 * catastrophic backtracking: Jazzer's per-input time limit applies), and an SSN or a code
 * put anywhere in it between separators does not come out.
 */
class LogMaskerFuzzTest {

	@FuzzTest(maxDuration = "30s")
	void DATA_3_whenAnyLineCarriesAnSsnOrACode_thenTheMaskedLineHoldsNeither(FuzzedDataProvider data) {
		String before = data.consumeString(300);
		String after = data.consumeRemainingAsString();
		String ssn = "666-" + two(before.length()) + "-" + four(after.length());
		String line = before + " " + ssn + " and code 40" + four(before.length() + after.length()) + " " + after;

		String masked = LogMasker.mask(line);
		assertThat(masked).doesNotContain(ssn).doesNotContain("code 40" + four(before.length() + after.length()));
		assertThat(LogMasker.mask(masked)).as("masking a masked line changes nothing more").isEqualTo(masked);
	}

	private static String two(int seed) {
		return String.format("%02d", 10 + Math.floorMod(seed, 89));
	}

	private static String four(int seed) {
		return String.format("%04d", 1000 + Math.floorMod(seed * 31, 8999));
	}

}
