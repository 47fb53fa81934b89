package gov.irs.secureaccess.registration;

import java.util.Map;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.sources.creditbureau.CreditBureau;
import gov.irs.secureaccess.sources.generator.HardCase;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-4: cards refused each with its own message, a frozen file, one soft inquiry per
 * check, disclosed.
 */
class RegistrationFinancialTest extends RegistrationTestBase {

	@Autowired
	CreditBureau bureau;

	private RegistrationDriver atFinancial(SyntheticPerson person, String email) throws Exception {
		RegistrationDriver browser = browser();
		browser.start();
		browser.submit("contact", TestPeople.contact(person, email));
		browser.submit("confirm-email", Map.of("code", browser.latestCode(Channel.EMAIL, email)));
		String page = text(browser.submit("identity", TestPeople.identity(person)));
		assertThat(page).contains("Verify a financial account")
			.contains(
					"This check is a “soft inquiry”: it may appear on your credit report, and it does not affect your credit score.");
		return browser;
	}

	private int inquiries(SyntheticPerson person) {
		return this.bureau.inquiries(person.taxRecord().ssn()).size();
	}

	private String failureReasons(RegistrationDriver browser) {
		return String.join(",",
				this.jdbc.sql("select reason from funnel_event where journey_id = :id and event = 'FAILED' order by id")
					.param("id", browser.journeyId())
					.query(String.class)
					.list());
	}

	// REG-4
	@Test
	void REG_4_whenTheOnlyCardIsAmericanExpress_thenItIsRefusedWithItsOwnMessageAndOneInquiryIsRecorded()
			throws Exception {
		SyntheticPerson priya = this.people.demo(8);
		RegistrationDriver browser = atFinancial(priya, "reg4.priya@example.test");
		int before = inquiries(priya);

		String page = text(browser.submit("financial", TestPeople.financial(this.people.demoAccount(8))));
		// Issue 12: the card is no typing mistake, so the heading does not say to check
		// what was entered.
		assertThat(page).contains("American Express cards can’t be used to verify your identity.")
			.contains("We can’t continue this way")
			.doesNotContain("Please check what you entered")
			.contains("You can try 2 more times before")
			.contains("Verify a financial account");
		assertThat(inquiries(priya)).isEqualTo(before + 1);
		assertThat(this.bureau.inquiries(priya.taxRecord().ssn()).get(before).requester())
			.isEqualTo("IRS Secure Access identity verification");
		assertThat(failureReasons(browser)).isEqualTo("financial.american-express");
	}

	// REG-4
	@Test
	void REG_4_whenTheOnlyCardIsADebitCard_thenItIsRefusedWithItsOwnMessage() throws Exception {
		SyntheticPerson daniel = this.people.demo(9);
		RegistrationDriver browser = atFinancial(daniel, "reg4.daniel@example.test");
		int before = inquiries(daniel);

		String page = text(browser.submit("financial", Map.of("accountType", "CREDIT_CARD", "last8", "44718820")));
		assertThat(page).contains(
				"Debit cards can’t be used to verify your identity. Try a credit card (not American Express) or a loan.")
			.doesNotContain("American Express cards can’t");
		assertThat(inquiries(daniel)).isEqualTo(before + 1);
		assertThat(failureReasons(browser)).isEqualTo("financial.debit-card");
	}

	// REG-4: a freeze stops the step with its message, and spends no attempt (no "tries
	// left" line, no funnel failure)
	@Test
	void REG_4_whenTheCreditFileIsFrozen_thenThePageSaysToLiftTheFreezeAndNoAttemptIsSpent() throws Exception {
		// Not demo #10 (Grace): RegistrationProofingTest finishes her registration with
		// her refund account.
		SyntheticPerson grace = this.people.onlyCase(HardCase.FROZEN_CREDIT, 0);
		RegistrationDriver browser = atFinancial(grace, "reg4.frozen@example.test");
		int before = inquiries(grace);

		for (int i = 0; i < 4; i++) {
			String page = text(browser.submit("financial", TestPeople.financial(grace.creditFile().accounts().get(0))));
			assertThat(page).as("try " + (i + 1))
				.contains(
						"Your credit file is frozen, so we can’t verify an account. Ask Experian, the credit bureau we check with, to lift the freeze temporarily, then try again.")
				.contains("Verify a financial account")
				.contains("We can’t continue this way")
				.doesNotContain("Please check what you entered")
				.doesNotContain("more time");
		}
		assertThat(inquiries(grace)).as("one soft inquiry per check").isEqualTo(before + 4);
		assertThat(failureReasons(browser)).isEmpty();
	}

}
