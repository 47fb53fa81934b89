package gov.irs.secureaccess.taxapps.tinmatching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-1 TIN Matching name controls: four characters of the last name, or of the business
 * name.
 */
class NameControlTest {

	@Test
	void FED_1_whenIndividualLastNames_thenFirstFourLettersFoldedWithHyphensKept() {
		assertThat(NameControl.individual("Bennett")).isEqualTo("BENN");
		assertThat(NameControl.individual("O'Connor")).isEqualTo("OCON");
		assertThat(NameControl.individual("Hernández Ruiz")).isEqualTo("HERN");
		assertThat(NameControl.individual("Lee")).isEqualTo("LEE");
		assertThat(NameControl.individual("Ng-Smith")).isEqualTo("NG-S");
		assertThat(NameControl.individual("Van Dorn")).isEqualTo("VAND");
	}

	@Test
	void FED_1_whenBusinessNames_thenLeadingTheDroppedAndAmpersandKept() {
		assertThat(NameControl.business("The Kroger Co.")).isEqualTo("KROG");
		assertThat(NameControl.business("The Copper Kettle Diner")).isEqualTo("COPP");
		assertThat(NameControl.business("A & B Plumbing")).isEqualTo("A&BP");
		assertThat(NameControl.business("3M Company")).isEqualTo("3MCO");
		assertThat(NameControl.business("The")).isEqualTo("THE");
	}

	@Test
	void FED_1_whenATypedIndividualNameIsRead_thenEveryWayOfReadingItsLastNameIsACandidate() {
		assertThat(NameControl.individualCandidates("Olivia Bennett")).containsExactly("BENN");
		assertThat(NameControl.individualCandidates("Bennett, Olivia")).containsExactly("BENN");
		assertThat(NameControl.individualCandidates("Robert A Johnson Jr.")).containsExactly("AJOH", "JOHN");
		assertThat(NameControl.individualCandidates("Alejandro Hernandez Ruiz")).containsExactly("HERN", "RUIZ");
		assertThat(NameControl.individualCandidates("Bennett")).containsExactly("BENN");
	}

}
