package gov.irs.secureaccess.registration.address;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** REG-3: the normalisation rules, one by one. */
class AddressTextTest {

	@Test
	void REG_3_whenCaseDiacriticsAndSpecialLettersDiffer_thenTokensAreEqual() {
		assertThat(AddressText.tokens("Montréal")).isEqualTo(AddressText.tokens("MONTREAL"));
		assertThat(AddressText.tokens("Ciudad de México")).containsExactly("ciudad", "de", "mexico");
		assertThat(AddressText.tokens("Øresund Æble")).containsExactly("oresund", "aeble");
	}

	@Test
	void REG_3_whenGermanStreetWrittenAsSsOrStrOrSeparately_thenTokensAreEqual() {
		List<String> expected = List.of("friedrich", "st");
		assertThat(AddressText.tokens("Friedrichstraße")).isEqualTo(expected);
		assertThat(AddressText.tokens("Friedrichstrasse")).isEqualTo(expected);
		assertThat(AddressText.tokens("Friedrichstr.")).isEqualTo(expected);
		assertThat(AddressText.tokens("Friedrich-Straße")).isEqualTo(expected);
	}

	@Test
	void REG_3_whenPunctuationAndWhitespaceDiffer_thenTokensAreEqual() {
		assertThat(AddressText.tokens("  2200   Pine  St. ")).containsExactly("2200", "pine", "st");
		assertThat(AddressText.tokens("O'Connor")).containsExactly("oconnor");
		assertThat(AddressText.tokens("U.S.A.")).containsExactly("usa");
		assertThat(AddressText.tokens("N.W.")).containsExactly("nw");
		assertThat(AddressText.tokens("Washington, D.C")).containsExactly("washington", "dc");
	}

	@Test
	void REG_3_whenCommasOrLineBreaksSeparateParts_thenSegmentsFollowThem() {
		assertThat(AddressText.segments("25 Yonge St, Toronto\nON M5E 1E5")).containsExactly(
				List.of("25", "yonge", "st"), List.of("toronto"), List.of("on", "m5e", "1e5"));
	}

	@Test
	void REG_3_whenDigitsAreJoinedByDashOrSlash_thenTheyStayOneToken() {
		assertThat(AddressText.tokens("98101-1234")).containsExactly("98101-1234");
		assertThat(AddressText.tokens("1-2-3 Jingumae")).containsExactly("1-2-3", "jingumae");
		assertThat(AddressText.tokens("123 1/2 Main")).containsExactly("123", "1/2", "main");
		assertThat(AddressText.tokens("Apt 5-C")).containsExactly("apt", "5", "c");
	}

	@Test
	void REG_3_whenHashOrGluedDesignatorGiven_thenDesignatorIsItsOwnToken() {
		assertThat(AddressText.tokens("#5C")).containsExactly("#", "5c");
		assertThat(AddressText.tokens("Apt5C")).containsExactly("apt", "5c");
		assertThat(AddressText.tokens("Suite200")).containsExactly("ste", "200");
	}

	@Test
	void REG_3_whenUspsSuffixesDirectionalsAndUnitsSpelledOut_thenTheyTakeTheStandardAbbreviation() {
		assertThat(AddressText.tokens("Street Avenue Boulevard Drive Road Lane Court Place Parkway Highway"))
			.containsExactly("st", "ave", "blvd", "dr", "rd", "ln", "ct", "pl", "pkwy", "hwy");
		assertThat(AddressText.tokens("Circle Terrace Square Trail Expressway Crossing Heights Center Centre"))
			.containsExactly("cir", "ter", "sq", "trl", "expy", "xing", "hts", "ctr", "ctr");
		assertThat(AddressText.tokens("North South East West Northeast Northwest Southeast Southwest"))
			.containsExactly("n", "s", "e", "w", "ne", "nw", "se", "sw");
		assertThat(AddressText.tokens("Apartment Suite Floor Building Room Space Trailer"))
			.containsExactly("apt", "ste", "fl", "bldg", "rm", "spc", "trlr");
		assertThat(AddressText.tokens("Saint Mount Fort Junior")).containsExactly("st", "mt", "ft", "jr");
	}

	@Test
	void REG_3_whenOrdinalWordGiven_thenItIsANumber() {
		assertThat(AddressText.tokens("Fifth Twelfth")).containsExactly("5", "12");
	}

	@Test
	void REG_3_whenSainteOrSuiteAbbreviatedSte_thenBothAreSteAndSaintStaysDifferent() {
		assertThat(AddressText.tokens("Sainte")).isEqualTo(AddressText.tokens("Ste"));
		assertThat(AddressText.tokens("Saint")).isNotEqualTo(AddressText.tokens("Sainte"));
	}

	@Test
	void whenNullOrBlank_thenNoTokens() {
		assertThat(AddressText.tokens(null)).isEmpty();
		assertThat(AddressText.tokens(" \t\n,,; ")).isEmpty();
	}

}
