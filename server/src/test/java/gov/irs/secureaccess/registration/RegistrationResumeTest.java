package gov.irs.secureaccess.registration;

import java.time.Duration;
import java.util.Map;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-9: resumable while alive (24 hours), bounded attempts per step, and the other ways
 * when a step is spent.
 */
class RegistrationResumeTest extends RegistrationTestBase {

	private static final String OTHER_WAYS_HELP_DESK = "call the e-Help Desk at 1-888-841-4648";

	private static final String OTHER_WAYS_IN_PERSON = "in person at a Taxpayer Assistance Center";

	// REG-9
	@Test
	void REG_9_whenTheBrowserIsReopenedWithTheCookie_thenTheRegistrationContinuesAtTheStepReached() throws Exception {
		SyntheticPerson person = this.people.ordinary(7);
		RegistrationDriver browser = browser();
		browser.start();
		browser.submit("contact", TestPeople.contact(person, "reg9.resume@example.test"));
		browser.submit("confirm-email", Map.of("code", browser.latestCode(Channel.EMAIL, "reg9.resume@example.test")));
		assertThat(browser.submit("identity", TestPeople.identity(person))).contains("Verify a financial account");

		this.clock.advance(Duration.ofHours(23));
		RegistrationDriver reopened = browser.reopened();
		assertThat(text(reopened.pageText())).contains("Verify a financial account").contains("Step 4 of 7");
		assertThat(reopened.submit("financial", this.people.financial(person))).contains("Verify your mobile phone");
	}

	// REG-9
	@Test
	void REG_9_whenTheRegistrationIsOlderThan24Hours_thenThePageSaysItHasExpired() throws Exception {
		RegistrationDriver browser = browser();
		browser.start();
		browser.submit("contact",
				Map.of("firstName", "Ada", "lastName", "Byron", "email", "reg9.expired@example.test"));
		String code = browser.latestCode(Channel.EMAIL, "reg9.expired@example.test");

		this.clock.advance(Duration.ofHours(24));
		assertThat(text(browser.reopened().pageText())).contains("Your registration has expired")
			.contains("Nothing you entered was kept");
		assertThat(text(browser.submit("confirm-email", Map.of("code", code))))
			.contains("Your registration has expired");
	}

	// REG-9: 3 financial checks (secure-access.registration.financial-attempts)
	@Test
	void REG_9_whenTheFinancialStepIsExhausted_thenThePageOffersTheHelpDeskAndInPerson() throws Exception {
		SyntheticPerson person = this.people.ordinary(8);
		RegistrationDriver browser = browser();
		browser.start();
		browser.submit("contact", TestPeople.contact(person, "reg9.financial@example.test"));
		browser.submit("confirm-email",
				Map.of("code", browser.latestCode(Channel.EMAIL, "reg9.financial@example.test")));
		browser.submit("identity", TestPeople.identity(person));
		String page = "";
		for (String digits : new String[] { "11112222", "33334444", "55556666" }) {
			page = text(browser.submit("financial", Map.of("accountType", "CAR_LOAN", "last8", digits)));
		}
		assertThat(page).contains("We could not verify a financial account after several tries.")
			.contains(OTHER_WAYS_HELP_DESK)
			.contains(OTHER_WAYS_IN_PERSON);
	}

	// REG-9: 3 phones refused (secure-access.registration.phone-attempts): the mail code
	// is offered, and works
	@Test
	void REG_9_whenThePhoneStepIsExhausted_thenThePageOffersTheMailCodeButton() throws Exception {
		SyntheticPerson person = this.people.ordinary(9);
		RegistrationDriver browser = browser();
		this.people.toPhoneStep(browser, person, "reg9.phone@example.test");
		String page = "";
		for (String phone : new String[] { "(205) 555-0114", "(303) 555-0115", "(215) 555-0112" }) {
			page = text(browser.submit("phone", Map.of("phone", phone)));
		}
		assertThat(page).contains("We could not verify a mobile phone in your name after several tries.")
			.contains("Receive an activation code by postal mail: it arrives in 5 to 10 days")
			.contains("action=\"/register/mail\"")
			.contains(OTHER_WAYS_HELP_DESK);

		assertThat(text(browser.act("/register/mail"))).contains("Create your username and password")
			.contains("Secret questions");
	}

	// REG-9: 5 wrong email codes (secure-access.registration.email-code-attempts)
	@Test
	void REG_9_whenTheEmailCodeIsWrong5Times_thenTheCodeStepIsExhausted() throws Exception {
		RegistrationDriver browser = browser();
		browser.start();
		browser.submit("contact", Map.of("firstName", "Ada", "lastName", "King", "email", "reg9.code@example.test"));
		String sent = browser.latestCode(Channel.EMAIL, "reg9.code@example.test");
		String wrong = sent.equals("000000") ? "111111" : "000000";
		String page = "";
		for (int i = 0; i < 5; i++) {
			page = text(browser.submit("confirm-email", Map.of("code", wrong)));
		}
		assertThat(page).contains("The code was entered wrongly too many times.")
			.contains(OTHER_WAYS_HELP_DESK)
			.doesNotContain("Receive an activation code by postal mail instead");
		assertThat(text(browser.submit("confirm-email", Map.of("code", sent))))
			.contains("We could not verify you online this time");
	}

}
