package gov.irs.secureaccess.registration.address;

import java.util.List;

import gov.irs.secureaccess.registration.address.Regions.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-3: the address tables kept in {@code src/main/resources/address/} load, and say
 * what the posts say (sources in SOURCES.md there).
 */
class AddressDataTest {

	@Test
	void REG_3_whenAUspsSuffixIsWrittenAnyWayPub28Lists_thenItHasOneStandardAbbreviation() {
		assertThat(List.of("avenue", "av", "aven", "avenu", "avn", "avnue", "ave"))
			.allMatch((w) -> "ave".equals(AddressWords.streetType(w)));
		assertThat(AddressWords.streetType("hiway")).isEqualTo("hwy");
		assertThat(AddressWords.streetType("stravenue")).isEqualTo("stra");
		assertThat(AddressWords.streetType("crssng")).isEqualTo("xing");
		assertThat(AddressWords.streetType("harbour")).isEqualTo("hbr");
		assertThat(AddressWords.nameWord("gdns")).isEqualTo("gardens");
	}

	@Test
	void REG_3_whenAStreetTypeOfAnotherLanguageMeansStreet_thenItIsTheSameClass() {
		assertThat(List.of("calle", "rue", "rua", "strasse", "straat", "ulica", "rehov"))
			.allMatch((w) -> "st".equals(AddressWords.streetType(w)));
		assertThat(List.of("avenida", "avda", "avinguda")).allMatch((w) -> "ave".equals(AddressWords.streetType(w)));
		assertThat(AddressWords.streetType("carrera")).isNotEqualTo(AddressWords.streetType("calle"));
		assertThat(AddressWords.isPrefixType("calle")).isTrue();
	}

	@Test
	void REG_3_whenPub28SecondaryUnitDesignatorsAreWritten_thenEachHasItsGroup() {
		assertThat(List.of("apartment", "apt", "suite", "ste", "unit", "room", "rm", "space", "spc", "trailer", "lot",
				"pier", "slip", "stop", "key", "hangar", "hngr", "department", "dept", "office", "ofc", "#"))
			.allMatch((w) -> "unit".equals(AddressWords.unitGroup(w)));
		assertThat(AddressWords.unitGroup("floor")).isEqualTo("fl");
		assertThat(AddressWords.unitGroup("building")).isEqualTo("bldg");
		assertThat(AddressWords.unitGroup("private mailbox")).isEqualTo("unit");
		assertThat(List.of("basement", "bsmt", "front", "lobby", "lower", "penthouse", "rear", "side", "upper"))
			.allMatch(AddressWords::unitWithoutNumber);
		assertThat(AddressWords.unitDesignator("basement")).isEqualTo("bsmt");
	}

	@Test
	void REG_3_whenRegionsAreTypedAsLocalCodesOrNames_thenTheyNameOneRegion() {
		assertThat(region("IN", "KA")).isEqualTo(region("IN", "Karnataka"));
		assertThat(region("MX", "QROO")).isEqualTo(region("MX", "Quintana Roo")).isEqualTo(region("MX", "Q. Roo"));
		assertThat(region("JP", "Tokyo-to")).isEqualTo(region("JP", "Tokyo"));
		assertThat(region("JP", "Osaka-fu")).isEqualTo(region("JP", "Osaka"));
		assertThat(region("DE", "Bavaria")).isEqualTo(region("DE", "Bayern"));
		assertThat(region("CA", "Québec")).isEqualTo(region("CA", "QC"));
		assertThat(region("US", "Armed Forces Europe")).isEqualTo(region("US", "AE"));
		assertThat(region("CH", "Genève")).isEqualTo(region("CH", "GE"));
		assertThat(Regions.named("US", AddressText.tokens("Toronto"))).isEmpty();
	}

	@Test
	void REG_3_whenARegionHoldsPostalCodes_thenOnlyThoseArePossible() {
		assertThat(region("IN", "Karnataka").holdsPostalCode("560038")).isTrue();
		assertThat(region("IN", "Maharashtra").holdsPostalCode("560038")).isFalse();
		assertThat(region("AU", "VIC").holdsPostalCode("3065")).isTrue();
		assertThat(region("AU", "NSW").holdsPostalCode("3065")).isFalse();
		assertThat(region("CA", "ON").holdsPostalCode("m5v2t6")).isTrue();
		assertThat(region("DE", "Bayern").holdsPostalCode("70173")).isFalse();
	}

	@Test
	void REG_3_whenPostalCodesHaveTheirCountrysShape_thenTheyAreRecognised() {
		assertThat(PostalCodes.looksLike("CA", AddressText.tokens("M5V 2T6"))).isTrue();
		assertThat(PostalCodes.looksLike("GB", AddressText.tokens("WC1N 3AX"))).isTrue();
		assertThat(PostalCodes.looksLike("JP", AddressText.tokens("150-0002"))).isTrue();
		assertThat(PostalCodes.looksLike("BR", AddressText.tokens("01310-200"))).isTrue();
		assertThat(PostalCodes.looksLike("NL", AddressText.tokens("1012 PH"))).isTrue();
		assertThat(PostalCodes.looksLike("KR", AddressText.tokens("06234"))).isTrue();
		assertThat(PostalCodes.looksLike("DE", AddressText.tokens("1012"))).isFalse();
		assertThat(PostalCodes.markAt("DE", AddressText.tokens("D 12043"), 0)).isEqualTo(1);
		assertThat(PostalCodes.markAt("MX", AddressText.tokens("C.P. 06600"), 0)).isEqualTo(1);
		assertThat(PostalCodes.markAt("BR", AddressText.tokens("CEP 01310"), 0)).isEqualTo(1);
	}

	@Test
	void REG_3_whenACountryIsTypedAsACodeOrNameInAnyLanguage_thenItIsResolved() {
		assertThat(CountryNames.resolve("Deutschland")).isEqualTo("DE");
		assertThat(CountryNames.resolve("Allemagne")).isEqualTo("DE");
		assertThat(CountryNames.resolve("DEU")).isEqualTo("DE");
		assertThat(CountryNames.resolve("México")).isEqualTo("MX");
		assertThat(CountryNames.resolve("U.K.")).isEqualTo("GB");
		assertThat(CountryNames.resolve("Scotland")).isEqualTo("GB");
		assertThat(CountryNames.resolve("the Netherlands")).isEqualTo("NL");
		assertThat(CountryNames.resolve("South Korea")).isEqualTo("KR");
		assertThat(CountryNames.resolve("North Korea")).isEqualTo("KP");
		assertThat(CountryNames.resolve("Puerto Rico")).isEqualTo("PR");
		assertThat(CountryNames.resolve("Sverige")).isEqualTo("SE");
		assertThat(CountryNames.resolve("Toronto")).isNull();
		assertThat(CountryNames.resolve((String) null)).isNull();
	}

	@Test
	void REG_3_whenACityIsKnownUnderAnotherName_thenItIsAFormOfTheCity() {
		assertThat(CityAliases.forms(AddressText.tokens("München"))).contains(AddressText.tokens("Munich"));
		assertThat(CityAliases.forms(AddressText.tokens("København N"))).contains(AddressText.tokens("Copenhagen N"));
		assertThat(CityAliases.forms(AddressText.tokens("Columbus"))).containsExactly(AddressText.tokens("Columbus"));
	}

	@Test
	void REG_3_whenPlaceNamesDifferInSpacingSaintOrPlaceSuffix_thenTheirKeysAreEqual() {
		assertThat(PlaceKey.of(AddressText.tokens("Mc Lean"), "US"))
			.isEqualTo(PlaceKey.of(AddressText.tokens("McLean"), "US"));
		assertThat(PlaceKey.of(AddressText.tokens("St. Louis"), "US"))
			.isEqualTo(PlaceKey.of(AddressText.tokens("Saint Louis"), "US"));
		assertThat(PlaceKey.of(AddressText.tokens("Shibuya-ku"), "JP"))
			.isEqualTo(PlaceKey.of(AddressText.tokens("Shibuya"), "JP"));
		assertThat(PlaceKey.of(AddressText.tokens("Muenchen"), "DE"))
			.isEqualTo(PlaceKey.of(AddressText.tokens("München"), "DE"));
		assertThat(PlaceKey.of(AddressText.tokens("North Las Vegas"), "US"))
			.isNotEqualTo(PlaceKey.of(AddressText.tokens("Las Vegas"), "US"));
	}

	private static Region region(String country, String name) {
		return Regions.named(country, AddressText.tokens(name))
			.orElseThrow(() -> new AssertionError(country + " " + name));
	}

}
