package gov.irs.secureaccess.registration.address;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** REG-3: how typed text becomes tokens, rule by rule (forms that are not content). */
class AddressTextTest {

	@Test
	void REG_3_whenCaseDiacriticsAndSpecialLettersDiffer_thenTokensAreEqual() {
		assertThat(AddressText.tokens("Montréal")).isEqualTo(AddressText.tokens("MONTREAL"));
		assertThat(AddressText.tokens("Ciudad de México")).containsExactly("ciudad", "de", "mexico");
		assertThat(AddressText.tokens("Øresund Æble Straße")).containsExactly("oresund", "aeble", "strasse");
	}

	@Test
	void REG_3_whenApostropheOrHawaiianOkinaInAName_thenTheWordIsJoined() {
		assertThat(AddressText.tokens("O'Connell")).containsExactly("oconnell");
		assertThat(AddressText.tokens("O’Connell")).isEqualTo(AddressText.tokens("O'Connell"));
		assertThat(AddressText.tokens("Kaʻahumanu")).containsExactly("kaahumanu");
		assertThat(AddressText.tokens("Ka‘ahumanu Kalākaua")).containsExactly("kaahumanu", "kalakaua");
	}

	@Test
	void REG_3_whenAnyDashJoinsDigits_thenOneTokenWithAHyphen() {
		assertThat(AddressText.tokens("107–15 71st Ave")).containsExactly("107-15", "71st", "ave");
		assertThat(AddressText.tokens("94—1234")).containsExactly("94-1234");
		assertThat(AddressText.tokens("1-2-3 Jingumae")).containsExactly("1-2-3", "jingumae");
		assertThat(AddressText.tokens("Carr 2 Km 5.3")).containsExactly("carr", "2", "km", "5.3");
		assertThat(AddressText.tokens("Apt 5-C")).containsExactly("apt", "5", "c");
	}

	@Test
	void REG_3_whenAVulgarFractionIsTyped_thenItIsASlashFraction() {
		assertThat(AddressText.tokens("123½ Main St")).containsExactly("123", "1/2", "main", "st");
		assertThat(AddressText.tokens("123-½ Main St")).containsExactly("123-1/2", "main", "st");
	}

	@Test
	void REG_3_whenOrdinalSignsAndNumberSignsAreTyped_thenTheyAreSpaces() {
		assertThat(AddressText.tokens("Calle Alcalá, nº 45, 3ºB")).containsExactly("calle", "alcala", "no", "45", "3",
				"b");
		assertThat(AddressText.tokens("5º 2ª")).containsExactly("5", "2");
		assertThat(AddressText.tokens("Pº de la Castellana")).containsExactly("paseo", "de", "la", "castellana");
	}

	@Test
	void REG_3_whenAbbreviationsHaveInnerPoints_thenTheyAreSpelledOut() {
		assertThat(AddressText.tokens("C/ Mayor 5")).containsExactly("calle", "mayor", "5");
		assertThat(AddressText.tokens("C/Mayor")).containsExactly("calle", "mayor");
		assertThat(AddressText.tokens("c/o John")).containsExactly("c", "o", "john");
		assertThat(AddressText.tokens("P.zza Navona")).containsExactly("piazza", "navona");
		assertThat(AddressText.tokens("C.so Vittorio")).containsExactly("corso", "vittorio");
		assertThat(AddressText.tokens("Flat A, 12/F")).containsExactly("flat", "a", "fl", "12");
	}

	@Test
	void REG_3_whenInitialsAreDotted_thenTheyAreOneWord() {
		assertThat(AddressText.tokens("U.S.A.")).containsExactly("usa");
		assertThat(AddressText.tokens("N.W.")).containsExactly("nw");
		assertThat(AddressText.tokens("Washington, D.C")).containsExactly("washington", "dc");
		assertThat(AddressText.tokens("P.O. Box")).containsExactly("po", "box");
	}

	@Test
	void REG_3_whenCommasOrLineBreaksSeparateParts_thenSegmentsFollowThem() {
		assertThat(AddressText.segments("25 Yonge St, Toronto\nON M5E 1E5"))
			.containsExactly(List.of("25", "yonge", "st"), List.of("toronto"), List.of("on", "m5e", "1e5"));
		assertThat(AddressText.tokens("#5C")).containsExactly("#", "5c");
	}

	@Test
	void REG_3_whenSquashed_thenSpacingDoesNotCount() {
		assertThat(AddressText.squash(AddressText.tokens("La Jolla")))
			.isEqualTo(AddressText.squash(AddressText.tokens("LaJolla")));
		assertThat(AddressText.squash(AddressText.tokens("M5V 2T6"))).isEqualTo("m5v2t6");
	}

	@Test
	void REG_3_whenFullWidthOrStyledDigits_thenAsciiDigits() {
		assertThat(AddressText.tokens("２２００ 𝟓Ｃ")).containsExactly("2200", "5c");
	}

	@Test
	void whenNullOrBlank_thenNoTokens() {
		assertThat(AddressText.tokens(null)).isEmpty();
		assertThat(AddressText.tokens(" \t\n,,; ")).isEmpty();
	}

}
