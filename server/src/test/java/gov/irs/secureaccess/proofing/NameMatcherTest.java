package gov.irs.secureaccess.proofing;

import java.util.Locale;

import gov.irs.secureaccess.sources.PersonName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How names are compared: with the tax record (REG-2) and with a phone's billing name
 * (REG-5).
 */
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
		assertThat(
				NameMatcher.sameName("Robert", "", "Johnson", "Jr", new PersonName("Robert", null, "Johnson", "III")))
			.isFalse();
		assertThat(NameMatcher.sameName("Robert", "", "Johnson", "III", PersonName.of("Robert", "Johnson"))).isTrue();
		assertThat(NameMatcher.sameName("John", "", "Smith", "2nd", new PersonName("John", null, "Smith", "II")))
			.isTrue();
	}

	@Test
	void REG_2_whenACompoundSurnameOrParticleIsSpacedHyphenatedOrJoinedDifferently_thenTheSameName() {
		assertThat(NameMatcher.sameName("José", "", "Núñez García", "", PersonName.of("Jose", "Nunez-Garcia")))
			.isTrue();
		assertThat(NameMatcher.sameName("maria", "", "DE LA CRUZ", "", PersonName.of("María", "de la Cruz"))).isTrue();
		assertThat(NameMatcher.sameName("Maria", "", "DeLaCruz", "", PersonName.of("María", "de la Cruz"))).isTrue();
		assertThat(NameMatcher.sameName("Anna", "", "Van der Berg", "", PersonName.of("Anna", "van der Berg")))
			.isTrue();
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

	@Test
	void REG_2_whenTheNameIsTypedInCapitalsWithLettersWhoseCapitalsAreLongerOrAnotherLetter_thenTheSameName() {
		// One fold for the typed name and the record's (CaseFold): the capitals of ß, ŉ,
		// ﬀ and ᾳ are longer, those of ı and ſ are I and S, a final capital sigma
		// lower-cases as ς.
		PersonName greek = PersonName.of("Σοφίᾳ", "Παπαδόπουλοσ");
		assertThat(NameMatcher.sameFirstAndLast("ΣΟΦΊΑΙ", "ΠΑΠΑΔΌΠΟΥΛΟΣ", greek)).isTrue();
		assertThat(NameMatcher.sameFirstAndLast("Σοφία", "Παπαδόπουλος", greek)).isFalse(); // the
																							// iota
																							// is
																							// a
																							// letter
		assertThat(NameMatcher.sameFirstAndLast("Σοφιαι", "Παπαδοπουλος", greek)).isTrue();
		PersonName mixed = PersonName.of("Yıldız", "Weiß-Caſtleﬀ");
		assertThat(NameMatcher.sameFirstAndLast("YILDIZ", "WEISS CASTLEFF", mixed)).isTrue();
		assertThat(NameMatcher.sameFirstAndLast("yildiz", "Weiẞ-Castleff", mixed)).isTrue();
		assertThat(NameMatcher.sameFirstAndLast("ŉ".toUpperCase(Locale.ROOT), "Ng", PersonName.of("ŉ", "Ng"))).isTrue();
		assertThat(NameMatcher.billedTo("ΣΟΦΊΑΙ ΠΑΠΑΔΌΠΟΥΛΟΣ", greek)).isTrue();
	}

	@Test
	void REG_2_whenARecordsNameHoldsNoLetterOrDigit_thenItIsNoName() {
		// The fuzz finding of 2 December 2026 (NameMatcherFuzzTest, input
		// name-does-not-match-itself): a last name "]" was accepted and could not match
		// itself, names being compared by their letters and digits.
		assertThatThrownBy(() -> PersonName.of("Olivia", "]")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PersonName.of("-", "Bennett")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PersonName.of("Olivia", "ʻ")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PersonName.of("Olivia", "\uFE70")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PersonName.of("Olivia", "\u0301")).isInstanceOf(IllegalArgumentException.class);
		PersonName shortest = PersonName.of("O", "7");
		assertThat(NameMatcher.sameFirstAndLast(shortest.first(), shortest.last(), shortest)).isTrue();
	}

	@Test
	void REG_5_whenTheFirstNameIsAlsoASuffixWord_thenItMustBeOnTheBillAndIs() {
		PersonName record = PersonName.of("V", "Nguyen");
		assertThat(NameMatcher.billedTo("V Nguyen", record)).isTrue();
		assertThat(NameMatcher.billedTo("NGUYEN, V", record)).isTrue();
		assertThat(NameMatcher.billedTo("Anh Nguyen", record)).isFalse();
		assertThat(NameMatcher.billedTo("Victor Nguyen Jr", PersonName.of("Victor", "Nguyen Jr"))).isTrue();
	}

	@Test
	void REG_2_whenTheRecordsFirstNameFieldAlsoHoldsTheMiddleName_thenTheFirstNameAloneMatches_bothWaysRound() {
		// The fuzz finding of 3 December 2026 (NameMatcherFuzzTest, symmetric): "T" + a
		// CJK compatibility ideograph (U+F93F, NFKD U+9F8D) typed against the record "T"
		// matched (the second word read as a middle name), the record "T \uF93F" against
		// the typed "T" did not.
		PersonName t = PersonName.of("T", "\u00DA");
		PersonName tWithMore = PersonName.of("T\uFFFF\uFFE0\uF93F", "\u00DA\u0000\u0000\u0000\u0000");
		assertThat(NameMatcher.sameFirstAndLast(tWithMore.first(), tWithMore.last(), t)).isTrue();
		assertThat(NameMatcher.sameFirstAndLast(t.first(), t.last(), tWithMore)).isTrue();

		PersonName initialInFirst = PersonName.of("MARCUS J", "LEE");
		assertThat(NameMatcher.sameName("Marcus", "", "Lee", "", initialInFirst)).isTrue();
		assertThat(NameMatcher.sameName("Marcus", "J", "Lee", "", initialInFirst)).isTrue();
		assertThat(NameMatcher.sameName("Marcus", "James", "Lee", "", initialInFirst)).isTrue();
		assertThat(NameMatcher.sameName("Marcus", "K", "Lee", "", initialInFirst)).isFalse();
		assertThat(NameMatcher.sameName("Marc", "", "Lee", "", initialInFirst)).isFalse();
		assertThat(NameMatcher.sameName("J", "", "Lee", "", initialInFirst)).isFalse();
	}

}
