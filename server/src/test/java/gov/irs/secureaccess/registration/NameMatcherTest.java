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

	@Test
	void REG_2_whenTheMiddleNameIsAnInitialOrLeftOutOrTypedWithTheFirstName_thenTheSameName() {
		PersonName record = new PersonName("Marcus", "J", "Lee", null);
		PersonName full = new PersonName("Marcus", "James", "Lee", null);

		assertThat(NameMatcher.sameName("Marcus", "J", "Lee", "", record)).isTrue();
		assertThat(NameMatcher.sameName("Marcus", "", "Lee", "", record)).isTrue();
		assertThat(NameMatcher.sameName("Marcus J.", "", "Lee", "", record)).isTrue();
		assertThat(NameMatcher.sameName("Marcus", "James", "Lee", "", record)).isTrue();
		assertThat(NameMatcher.sameName("Marcus", "J", "Lee", "", full)).isTrue();
		assertThat(NameMatcher.sameName("Marcus", "James", "Lee", "", full)).isTrue();
		assertThat(NameMatcher.sameName("Marcus", "", "Lee", "", full)).isTrue();
	}

	@Test
	void REG_2_whenTheMiddleInitialOrNameDiffers_thenAnotherPerson() {
		PersonName record = new PersonName("Marcus", "J", "Lee", null);
		PersonName full = new PersonName("Marcus", "James", "Lee", null);

		assertThat(NameMatcher.sameName("Marcus", "K", "Lee", "", record)).isFalse();
		assertThat(NameMatcher.sameName("Marcus K", "", "Lee", "", record)).isFalse();
		assertThat(NameMatcher.sameName("Marcus", "John", "Lee", "", full)).isFalse();
	}

	@Test
	void REG_2_whenTheSuffixIsPresentAbsentOrWrittenAnotherWay_thenTheSameName_butAnotherSuffixIsAnotherPerson() {
		PersonName record = new PersonName("Robert", "A", "Johnson", "JR");

		assertThat(NameMatcher.sameName("Robert", "A", "Johnson", "JR", record)).isTrue();
		assertThat(NameMatcher.sameName("Robert", "A", "Johnson", "Jr.", record)).isTrue();
		assertThat(NameMatcher.sameName("Robert", "", "Johnson", "Junior", record)).isTrue();
		assertThat(NameMatcher.sameName("Robert", "", "Johnson", "", record)).isTrue();
		assertThat(NameMatcher.sameName("Robert", "", "Johnson Jr.", "", record)).isTrue();
		assertThat(NameMatcher.sameName("Robert", "", "Johnson, Jr", "", record)).isTrue();
		assertThat(NameMatcher.sameName("Robert", "", "Johnson", "Sr", record)).isFalse();
		assertThat(NameMatcher.sameName("Robert", "", "Johnson III", "", record)).isFalse();
		assertThat(NameMatcher.sameName("Robert", "", "Johnson", "Jr", new PersonName("Robert", null, "Johnson", "III")))
			.isFalse();
		assertThat(NameMatcher.sameName("Robert", "", "Johnson", "III", PersonName.of("Robert", "Johnson"))).isTrue();
		assertThat(NameMatcher.sameName("John", "", "Smith", "2nd", new PersonName("John", null, "Smith", "II")))
			.isTrue();
	}

	@Test
	void REG_2_whenACompoundSurnameOrParticleIsSpacedHyphenatedOrJoinedDifferently_thenTheSameName() {
		assertThat(NameMatcher.sameName("José", "", "Núñez García", "", PersonName.of("Jose", "Nunez-Garcia"))).isTrue();
		assertThat(NameMatcher.sameName("maria", "", "DE LA CRUZ", "", PersonName.of("María", "de la Cruz"))).isTrue();
		assertThat(NameMatcher.sameName("Maria", "", "DeLaCruz", "", PersonName.of("María", "de la Cruz"))).isTrue();
		assertThat(NameMatcher.sameName("Anna", "", "Van der Berg", "", PersonName.of("Anna", "van der Berg"))).isTrue();
		assertThat(NameMatcher.sameName("Sean", "", "O Connell", "", PersonName.of("Seán", "O'Connell"))).isTrue();
		assertThat(NameMatcher.sameName("Jean Luc", "", "Picard", "", PersonName.of("Jean-Luc", "Picard"))).isTrue();
		assertThat(NameMatcher.sameName("Mary", "Ann", "Smith", "", PersonName.of("Mary Ann", "Smith"))).isTrue();
	}

	@Test
	void REG_2_whenTheFirstOrLastNameDiffers_thenAnotherPerson_evenIfOnlyAPartOrParticleIsMissing() {
		assertThat(NameMatcher.sameName("Jose", "", "Nunez", "", PersonName.of("José", "Núñez-García"))).isFalse();
		assertThat(NameMatcher.sameName("Maria", "", "Cruz", "", PersonName.of("María", "de la Cruz"))).isFalse();
		assertThat(NameMatcher.sameName("Rob", "", "Johnson", "", PersonName.of("Robert", "Johnson"))).isFalse();
		assertThat(NameMatcher.sameName("Robert", "", "Johnsen", "", PersonName.of("Robert", "Johnson"))).isFalse();
		assertThat(NameMatcher.sameName("Ann", "", "Smith", "", PersonName.of("Mary Ann", "Smith"))).isFalse();
		assertThat(NameMatcher.sameName("Robert", "", "", "", PersonName.of("Robert", "Johnson"))).isFalse();
	}

	@Test
	void REG_2_whenASuffixFieldHoldsSomethingElse_thenItIsNotASuffix() {
		assertThat(NameMatcher.isSuffix("Jr.")).isTrue();
		assertThat(NameMatcher.isSuffix("III")).isTrue();
		assertThat(NameMatcher.isSuffix("Esquire Smith")).isFalse();
		assertThat(NameMatcher.isSuffix("<b>")).isFalse();
	}

}
