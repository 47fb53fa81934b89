package gov.irs.secureaccess.platform.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one fold names (REG-2) and addresses (REG-3) are compared in: a text, its capitals
 * and its lower case fold alike, and folding twice changes nothing, for every code point
 * and for the letters whose capitals are longer or another letter (the fuzz findings of 2
 * December 2026: a record's "σ" typed in capitals as "Σ", lower-cased as the final "ς").
 */
class CaseFoldTest {

	@Test
	void REG_2_REG_3_whenLettersWhoseCapitalsAreLongerOrAnotherLetterAreCapitalised_thenTheyFoldAlike() {
		assertThat(CaseFold.fold("Weiß")).isEqualTo(CaseFold.fold("WEISS"))
			.isEqualTo(CaseFold.fold("WEIẞ"))
			.isEqualTo("weiss");
		assertThat(CaseFold.fold("όσ")).isEqualTo(CaseFold.fold("ΌΣ")).isEqualTo(CaseFold.fold("ός")).isEqualTo("οσ");
		assertThat(CaseFold.fold("Οδόσ")).isEqualTo(CaseFold.fold("Οδόσ".toUpperCase(Locale.ROOT)));
		assertThat(CaseFold.fold("ᾳ")).isEqualTo(CaseFold.fold("ᾳ".toUpperCase(Locale.ROOT))).isEqualTo("αι");
		assertThat(CaseFold.fold("Yıldız")).isEqualTo(CaseFold.fold("YILDIZ")).isEqualTo("yildiz");
		assertThat(CaseFold.fold("İnce")).isEqualTo("ince");
		assertThat(CaseFold.fold("Caſtle")).isEqualTo(CaseFold.fold("CAſTLE")).isEqualTo("castle");
		assertThat(CaseFold.fold("ŉ")).isEqualTo(CaseFold.fold("ʼN")).isEqualTo("ʼn");
		assertThat(CaseFold.fold("Ruﬀ")).isEqualTo(CaseFold.fold("RUFF")).isEqualTo("ruff");
		assertThat(CaseFold.fold("ǰ")).isEqualTo(CaseFold.fold("J̌")).isEqualTo("j");
		assertThat(CaseFold.fold("Montréal")).isEqualTo("montreal");
		assertThat(CaseFold.fold(null)).isEmpty();
	}

	@Test
	void REG_2_REG_3_whenAnyCodePointIsCapitalisedLowerCasedOrFoldedAgain_thenItsFoldIsTheSame() {
		List<String> differ = new ArrayList<>();
		for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
			if (!Character.isDefined(c) || Character.getType(c) == Character.SURROGATE) {
				continue;
			}
			String letter = Character.toString(c);
			// alone, at the end of a word (where a capital sigma lower-cases as the final
			// one), inside a word
			for (String text : List.of(letter, "a" + letter, "a" + letter + "b")) {
				String fold = CaseFold.fold(text);
				for (String form : List.of(text.toUpperCase(Locale.ROOT), text.toLowerCase(Locale.ROOT), fold)) {
					if (!CaseFold.fold(form).equals(fold)) {
						differ.add(String.format("U+%04X in \"%s\"", c, text));
					}
				}
			}
		}
		assertThat(differ).isEmpty();
	}

}
