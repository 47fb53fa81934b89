package gov.irs.secureaccess.registration;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-6: the activation code by post, to the address of record, valid 30 days (the
 * default); secret questions on this path; any text-enabled phone afterwards (prepaid
 * too); the account goes from LOA-2 to active at LOA-3.
 */
class RegistrationMailPathTest extends RegistrationTestBase {

	static Map<String, Object> account(RegistrationTestBase test, String username) {
		return test.jdbc.sql("select id, status, loa, loa_evidence from account where username_canonical = :u")
			.param("u", username)
			.query()
			.singleRow();
	}

	// REG-6
	@Test
	void REG_6_whenTheMailPathIsChosen_thenTheLetterGoesToTheAddressOfRecordAndTheCodeWorksAt29DaysNot30()
			throws Exception {
		SyntheticPerson william = this.people.demo(16);
		RegistrationDriver browser = browser();
		this.people.toPhoneStep(browser, william, TestPeople.financial(this.people.demoAccount(16)),
				"reg6.william@example.test");
		String page = text(browser.act("/register/mail"));
		assertThat(page).contains("Create your username and password").contains("Secret questions");

		// Secret questions are required on this path.
		page = text(browser.submit("credentials", DemoPeopleForms.credentials("reg6william")));
		assertThat(page).contains("Choose two different secret questions.");
		page = text(browser.submit("credentials",
				TestPeople.with(TestPeople.credentials("reg6william", true), "question2", "firstSchool")));
		assertThat(page).contains("Choose two different secret questions.");
		page = text(browser.submit("credentials", TestPeople.credentials("reg6william", true)));
		assertThat(page).contains("Watch for your activation code by mail")
			.contains("reg6william")
			.contains("works for 30 days");

		OutboxEntry letter = browser.latest(Channel.LETTER, "WILLIAM TURNER");
		assertThat(letter.recipient()).contains("340 Elm St").contains("Omaha").contains("NE 68102");
		assertThat(letter.template()).isEqualTo("registration.activation-letter");
		assertThat(letter.body()).containsPattern("Your activation code: [2-9A-Z]{4}-[2-9A-Z]{4}");
		Map<String, Object> row = account(this, "reg6william");
		assertThat(row).containsEntry("status", "AWAITING_ACTIVATION")
			.containsEntry("loa", 2)
			.containsEntry("loa_evidence", "tax-record,financial");
		List<String> answers = this.jdbc
			.sql("select question || ' ' || answer_hash from account_secret_answer where account_id = :id")
			.param("id", row.get("id"))
			.query(String.class)
			.list();
		assertThat(answers).hasSize(2).noneMatch((a) -> a.contains("Lincoln") || a.contains("bakery"));

		// Another person asks for a letter at the same moment: theirs will be 30 days old
		// when it is typed.
		SyntheticPerson late = this.people.ordinary(2);
		RegistrationDriver lateBrowser = browser();
		this.people.registerByMail(lateBrowser, late, "reg6.late@example.test", "reg6late");

		this.clock.advance(Duration.ofDays(29));
		page = TestPeople.activate(browser, william, "reg6william", "+13055550113");
		assertThat(text(page)).contains("Your account is ready").contains("reg6william");
		assertThat(account(this, "reg6william")).containsEntry("status", "ACTIVE")
			.containsEntry("loa", 3)
			.containsEntry("loa_evidence", "tax-record,financial,mail,sms");

		this.clock.advance(Duration.ofDays(1));
		String code = lateBrowser.latestCode(Channel.LETTER,
				late.taxRecord().name().fullName().toUpperCase(Locale.ROOT));
		lateBrowser.activationPage();
		lateBrowser.activate("sign-in", Map.of("username", "reg6late", "password", "lantern maple harbor quietly"));
		page = text(lateBrowser.activate("code", Map.of("code", code)));
		assertThat(page).contains("This activation code has expired (codes work for 30 days).")
			.contains("Enter your activation code");
		assertThat(account(this, "reg6late")).containsEntry("status", "AWAITING_ACTIVATION");
	}

}
