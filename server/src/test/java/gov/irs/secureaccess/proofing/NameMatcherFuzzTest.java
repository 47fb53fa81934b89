package gov.irs.secureaccess.proofing;

import java.util.Locale;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.irs.secureaccess.sources.PersonName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing (Jazzer) of the name comparisons of REG-2 and REG-5: any text, never an
 * exception; a name always matches itself, however its case or accents are written; the
 * first-and-last comparison is symmetric; a phone billed to exactly the record's full
 * name is billed to that person. Seeds in {@code NameMatcherFuzzTestInputs}; run long
 * with {@code JAZZER_FUZZ=1} (README, Fuzzing).
 */
class NameMatcherFuzzTest {

	@FuzzTest(maxDuration = "30s")
	void REG_2_whenAnyNamesAreCompared_thenTheComparisonNeverFailsAndIsSymmetricAndReflexive(FuzzedDataProvider data) {
		String first = data.consumeString(60);
		String last = data.consumeString(60);
		String otherFirst = data.consumeString(60);
		String otherLast = data.consumeRemainingAsString();

		PersonName record = personOrNull(first, last);
		PersonName other = personOrNull(otherFirst, otherLast);
		if (record == null) {
			return;
		}
		boolean typedMatches = NameMatcher.sameFirstAndLast(otherFirst, otherLast, record);
		NameMatcher.billedTo(otherFirst + " " + otherLast, record);
		NameMatcher.billedTo(null, record);
		assertThat(NameMatcher.sameFirstAndLast(null, null, record)).isFalse();

		assertThat(NameMatcher.sameFirstAndLast(record.first(), record.last(), record)).as("a name matches itself")
			.isTrue();
		assertThat(NameMatcher.sameFirstAndLast(record.first().toUpperCase(Locale.ROOT),
				record.last().toLowerCase(Locale.ROOT), record))
			.as("case does not matter")
			.isTrue();
		if (other != null) {
			assertThat(NameMatcher.sameFirstAndLast(record.first(), record.last(), other)).as("symmetric")
				.isEqualTo(typedMatches);
		}
		assertThat(NameMatcher.billedTo(record.fullName(), record)).as("billed to exactly the record's name").isTrue();
	}

	private static PersonName personOrNull(String first, String last) {
		try {
			return PersonName.of(first, last);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return null;
		}
	}

}
