package gov.irs.secureaccess.registration;

import gov.irs.secureaccess.sources.PersonName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How names are compared: with the tax record (REG-2) and with a phone's billing name (REG-5). */
class NameMatcherTest {

	@Test
	void REG_2_whenOnlyCaseAccentsOrHyphensDiffer_thenTheSameName() {
		PersonName record = new PersonName("José", null, "Núñez-García", null);

		assertThat(NameMatcher.sameFirstAndLast("jose", "Nunez Garcia", record)).isTrue();
		assertThat(NameMatcher.sameFirstAndLast("José", "Núñez", record)).isFalse();
		assertThat(NameMatcher.sameFirstAndLast("Josep", "Núñez-García", record)).isFalse();
	}

	@Test
	void REG_5_whenThePhoneIsBilledWithAMiddleInitialOrSuffix_thenItIsThePersonsName() {
		PersonName record = new PersonName("Robert", "A", "Johnson", "JR");

		assertThat(NameMatcher.billedTo("Robert Johnson", record)).isTrue();
		assertThat(NameMatcher.billedTo("JOHNSON, ROBERT A", record)).isTrue();
		assertThat(NameMatcher.billedTo("Rachel Johnson", record)).isFalse();
		assertThat(NameMatcher.billedTo("Robert Jones", record)).isFalse();
	}

	@Test
	void REG_5_whenTheFirstNameHasTwoWords_thenBothMustBeOnTheBill() {
		PersonName record = new PersonName("Billy Ray", null, "Sanchez", null);

		assertThat(NameMatcher.billedTo("Billy Ray R Sanchez", record)).isTrue();
		assertThat(NameMatcher.billedTo("Billy Sanchez", record)).isFalse();
	}

	@Test
	void REG_5_whenTheSurnameHasTwoParts_thenBothMustBeOnTheBill() {
		PersonName record = new PersonName("Alejandro", null, "Hernández Ruiz", null);

		assertThat(NameMatcher.billedTo("Alejandro Hernandez Ruiz", record)).isTrue();
		assertThat(NameMatcher.billedTo("Alejandro Hernandez", record)).isFalse();
	}

}
