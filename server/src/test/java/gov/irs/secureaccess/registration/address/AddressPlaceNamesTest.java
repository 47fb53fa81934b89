package gov.irs.secureaccess.registration.address;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** REG-3: countries, states and cities written as codes, names, local names or exonyms. */
class AddressPlaceNamesTest {

	@Test
	void REG_3_whenCountryTypedAsCodeOrNameInAnyCommonLanguage_thenResolvesToIsoCode() {
		assertThat(CountryNames.resolve("CA")).isEqualTo("CA");
		assertThat(CountryNames.resolve("can")).isEqualTo("CA");
		assertThat(CountryNames.resolve("Canada")).isEqualTo("CA");
		assertThat(CountryNames.resolve("Deutschland")).isEqualTo("DE");
		assertThat(CountryNames.resolve("Allemagne")).isEqualTo("DE");
		assertThat(CountryNames.resolve("México")).isEqualTo("MX");
		assertThat(CountryNames.resolve("Mexico")).isEqualTo("MX");
		assertThat(CountryNames.resolve("United Kingdom")).isEqualTo("GB");
		assertThat(CountryNames.resolve("U.K.")).isEqualTo("GB");
		assertThat(CountryNames.resolve("Great Britain")).isEqualTo("GB");
		assertThat(CountryNames.resolve("the Netherlands")).isEqualTo("NL");
		assertThat(CountryNames.resolve("United States of America")).isEqualTo("US");
		assertThat(CountryNames.resolve("South Korea")).isEqualTo("KR");
		assertThat(CountryNames.resolve("North Korea")).isEqualTo("KP");
	}

	@Test
	void REG_3_whenCountryFieldHoldsACityOrNothing_thenNoCountry() {
		assertThat(CountryNames.resolve("Toronto")).isNull();
		assertThat(CountryNames.resolve("")).isNull();
		assertThat(CountryNames.resolve(null)).isNull();
	}

	@Test
	void REG_3_whenStateTypedAsCodeOrName_thenBothAreFormsOfTheRecordState() {
		assertThat(StateNames.forms("US", "OH")).contains(AddressText.tokens("Ohio"), AddressText.tokens("OH"));
		assertThat(StateNames.forms("US", "AE")).contains(AddressText.tokens("Armed Forces Europe"));
		assertThat(StateNames.forms("CA", "QC")).contains(AddressText.tokens("Québec"));
		assertThat(StateNames.forms("CA", "ON")).contains(AddressText.tokens("Ontario"));
		assertThat(StateNames.forms("MX", "CDMX")).contains(AddressText.tokens("Ciudad de México"));
		assertThat(StateNames.forms("JP", "Tokyo")).containsExactly(AddressText.tokens("Tokyo"));
		assertThat(StateNames.isState("US", AddressText.tokens("Oregon"))).isTrue();
		assertThat(StateNames.isState("US", AddressText.tokens("Toronto"))).isFalse();
	}

	@Test
	void REG_3_whenCityKnownUnderAnotherName_thenItIsAFormOfTheCity() {
		assertThat(CityAliases.forms("München")).contains(AddressText.tokens("Munich"));
		assertThat(CityAliases.forms("Ciudad de México")).contains(AddressText.tokens("Mexico City"));
		assertThat(CityAliases.forms("Columbus")).containsExactly(AddressText.tokens("Columbus"));
	}

}
