package gov.irs.secureaccess.assisted;

import gov.irs.secureaccess.support.TestSsns;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AST-3: the in-person check's form refuses its mistakes of form one at a time, top of
 * the form first, with the message the page shows, and never shows back the SSN or a last
 * 4.
 */
class InPersonCheckFormTest {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = FACTORY.getValidator();

	private static final String SSN = TestSsns.next().formatted();

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	@Test
	void AST_3_whenEverythingIsWellFormed_thenNoMistakeAndTheValuesAreParsed() {
		InPersonCheckForm form = form(" tac-00000001 ", SSN, " Bennett ", "US_PASSPORT", "1234", "STATE_ID", "ab9Z",
				"Atlanta TAC");
		assertThat(form.firstMistake(VALIDATOR)).isEmpty();
		assertThat(form.number()).isEqualTo(new CaseNumber("TAC-00000001"));
		assertThat(form.lastName()).isEqualTo("Bennett");
		assertThat(form.first()).isEqualTo(IdType.US_PASSPORT);
		assertThat(form.second()).isEqualTo(IdType.STATE_ID);
	}

	@Test
	void AST_3_whenSeveralThingsAreWrong_thenTheTopmostIsShownFirst() {
		assertThat(key(form("", "", "", "", "", "", "", ""))).isEqualTo("tac.error.caseNumber");
		assertThat(key(form("TAC-00000001", "12", "", "", "", "", "", ""))).isEqualTo("assist.error.ssn");
		assertThat(key(form("TAC-00000001", SSN, "  ", "", "", "", "", ""))).isEqualTo("assist.error.lastName");
		assertThat(key(form("TAC-00000001", SSN, "Bennett", "US_PASSPORT", "", "NOT_A_TYPE", "", "")))
			.isEqualTo("tac.error.types");
		assertThat(key(form("TAC-00000001", SSN, "Bennett", "US_PASSPORT", "1234", "US_PASSPORT", "5678", "X")))
			.isEqualTo("tac.error.sameType");
		assertThat(key(form("TAC-00000001", SSN, "Bennett", "US_PASSPORT", "123456789", "STATE_ID", "5678", "X")))
			.isEqualTo("tac.error.last4");
		assertThat(key(form("TAC-00000001", SSN, "Bennett", "US_PASSPORT", "1234", "STATE_ID", "5678", "X")))
			.isEqualTo("tac.error.office");
		assertThat(key(form("TAC-00000001", SSN, "Bennett", "US_PASSPORT", "1234", "STATE_ID", "5678", "x".repeat(81))))
			.isEqualTo("tac.error.office");
	}

	@Test
	void AST_3_whenAMistakeIsShown_thenTheSsnAndTheLast4sAreNotFilledBackIn() {
		InPersonCheckForm form = form("TAC-00000001", SSN, "", "US_PASSPORT", "1234", "STATE_ID", "5678", "Atlanta");
		assertThat(form.shownAgain()).doesNotContainKeys("ssn", "firstLast4", "secondLast4")
			.containsEntry("caseNumber", "TAC-00000001");
		assertThat(form.shownAgain().values()).doesNotContain(SSN, "1234", "5678");
		assertThat(form.toString()).doesNotContain(SSN).doesNotContain("Bennett");
	}

	@Test
	void AST_3_whenFieldsAreMissingAltogether_thenTheyAreEmptyNotNull() {
		InPersonCheckForm form = new InPersonCheckForm(null, null, null, null, null, null, null, null);
		assertThat(key(form)).isEqualTo("tac.error.caseNumber");
		assertThat(form.shownAgain()).containsEntry("lastName", "");
	}

	private static InPersonCheckForm form(String caseNumber, String ssn, String lastName, String firstType,
			String firstLast4, String secondType, String secondLast4, String office) {
		return new InPersonCheckForm(caseNumber, ssn, lastName, firstType, firstLast4, secondType, secondLast4, office);
	}

	private static String key(InPersonCheckForm form) {
		return form.firstMistake(VALIDATOR).orElseThrow().messageKey();
	}

}
