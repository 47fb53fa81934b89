package gov.irs.secureaccess.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.sources.creditbureau.AccountLast8;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.creditbureau.CreditBureau;
import gov.irs.secureaccess.sources.creditbureau.CreditFileWriter;
import gov.irs.secureaccess.sources.generator.HardCase;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLineWriter;
import gov.irs.secureaccess.sources.taxrecords.RefundAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's rules at registration: student loans (REG-4), the refund account for people
 * the bureau cannot serve (REG-14) and SIM changes and ports (REG-13). People: demo 10
 * (Grace, frozen), 11 (Tyler, no file), 8 (Priya, only American Express), 17 (Jordan,
 * only a student loan), 18 (Nina, new SIM card); TestPeople 80 and 81.
 */
class RegistrationProofingTest extends RegistrationTestBase {

	@Autowired
	CreditBureau bureau;

	@Autowired
	PhoneLineWriter lines;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CreditFileWriter creditFiles;

	private RegistrationDriver atFinancial(SyntheticPerson person, String email) throws Exception {
		RegistrationDriver browser = browser();
		this.people.toIdentityPassed(browser, person, email);
		return browser;
	}

	private List<String> failureReasons(RegistrationDriver browser) {
		return this.jdbc.sql("select reason from funnel_event where journey_id = :id and event = 'FAILED' order by id")
			.param("id", browser.journeyId())
			.query(String.class)
			.list();
	}

	private static Map<String, String> refund(String routing, String last4) {
		return Map.of("proof", "refund-account", "routingNumber", routing, "accountLast4", last4);
	}

	// REG-4: a student loan is an account type; Jordan's only account is one, and it
	// passes to an LOA-3 account.
	@Test
	void REG_4_whenTheOnlyAccountIsAStudentLoan_thenItPassesTheFinancialStep() throws Exception {
		SyntheticPerson jordan = this.people.demo(17);
		RegistrationDriver browser = atFinancial(jordan, "reg4.jordan@example.test");
		assertThat(text(browser.pageText())).contains("Student loan").contains("value=\"STUDENT_LOAN\"");
		int before = this.bureau.inquiries(jordan.taxRecord().ssn()).size();

		String page = text(browser.submit("financial", Map.of("accountType", "STUDENT_LOAN", "last8", "4881-0275")));

		assertThat(page).contains("Verify your mobile phone");
		assertThat(this.bureau.inquiries(jordan.taxRecord().ssn())).hasSize(before + 1);
		this.people.registerBySmsFromFinancial(browser, jordan, null, "jordan.rivera17");
		assertThat(this.jdbc.sql("select loa from account where username_canonical = 'jordan.rivera17'")
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	// REG-4: the loan is matched as a student loan only, like every loan type
	@Test
	void REG_4_whenTheStudentLoanDigitsArePickedAsACarLoan_thenTheyDoNotMatch() throws Exception {
		RegistrationDriver browser = atFinancial(this.people.demo(17), "reg4.jordan.car@example.test");

		String page = text(browser.submit("financial", Map.of("accountType", "CAR_LOAN", "last8", "48810275")));

		assertThat(page).contains(msg("register.financial.error.mismatch")).contains("student loan");
		assertThat(failureReasons(browser)).containsExactly("financial.no-match");
	}

	// REG-14: no credit file: the page says why and offers the refund account; nothing of
	// it was offered before.
	@Test
	void REG_14_whenTheBureauHasNoFile_thenThePageSaysSoAndOffersTheRefundAccount() throws Exception {
		SyntheticPerson tyler = this.people.demo(11);
		RegistrationDriver browser = atFinancial(tyler, "reg14.tyler@example.test");
		assertThat(browser.pageText()).as("offered only after the bureau could not be used")
			.doesNotContain("routingNumber")
			.doesNotContain(msg("register.refund.heading"));
		assertThat(text(browser.submit("financial", refund("107000534", "3150"))))
			.as("a refund form before the bureau was tried is not taken")
			.contains(msg("register.financial.error.type"))
			.doesNotContain("Verify your mobile phone");

		String page = text(browser.submit("financial", Map.of("accountType", "CREDIT_CARD", "last8", "90817263")));

		assertThat(page).contains(msg("register.financial.error.noFile"))
			.contains(msg("register.refund.heading"))
			.contains(msg("register.refund.why.no-file"))
			.contains("name=\"routingNumber\"")
			.contains(msg("register.attemptsLeft", 2));
		assertThat(failureReasons(browser)).containsExactly("financial.no-file");
	}

	// REG-14: a wrong refund account counts against the step's attempts; the right one
	// passes; neither is kept.
	@Test
	void REG_14_whenTheRefundAccountIsTried_thenEachTryCountsAndTheRightOnePassesWithoutBeingKept() throws Exception {
		SyntheticPerson priya = this.people.demo(8);
		RegistrationDriver browser = atFinancial(priya, "reg14.priya@example.test");
		String page = text(browser.submit("financial", TestPeople.financial(this.people.demoAccount(8))));
		assertThat(page).contains(msg("register.financial.error.amex"))
			.contains(msg("register.refund.why.american-express"));

		page = text(browser.submit("financial", refund("111000614", "9999")));
		assertThat(page).contains(msg("register.refund.error.mismatch")).contains(msg("register.attemptsLeft", 1));
		assertThat(text(browser.submit("financial", refund("111000615", "4417"))))
			.as("a routing number whose check digit is wrong")
			.contains(msg("register.refund.error.routing"))
			.contains(msg("register.refund.heading"));

		page = text(browser.submit("financial", refund("111000614", "4417")));

		assertThat(page).contains("Verify your mobile phone");
		assertThat(failureReasons(browser)).containsExactly("financial.american-express",
				"financial.refund-account.no-match");
		String journey = this.jdbc.sql("select data_sealed || attempts::text from journey where id = :id")
			.param("id", browser.journeyId())
			.query(String.class)
			.single();
		assertThat(journey).doesNotContain("111000614").doesNotContain("4417");
		assertThat(this.jdbc
			.sql("select count(*) from funnel_event where reason like '%4417%' or reason like '%111000614%'")
			.query(Long.class)
			.single()).isZero();
		// Keyed hashes only (DATA-2): 64 hex digits, never the numbers. (Four digits such
		// as 4417 turn up in hex by chance, about once in a thousand hashes, so only the
		// nine-digit routing number is looked for.)
		assertThat(this.jdbc.sql("select account_hash from refund_account").query(String.class).list())
			.allSatisfy((hash) -> assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("111000614"));
	}

	// REG-14: a frozen file: the refund account instead of lifting the freeze, and it
	// counts for LOA-3.
	@Test
	void REG_14_whenTheFileIsFrozen_thenTheRefundAccountIsTheFinancialStepOfAnLoa3Account() throws Exception {
		SyntheticPerson grace = this.people.demo(10);
		RegistrationDriver browser = atFinancial(grace, "reg14.grace@example.test");
		String page = text(browser.submit("financial", TestPeople.financial(this.people.demoAccount(10))));
		assertThat(page).contains(msg("register.financial.error.frozen")).contains(msg("register.refund.why.frozen"));

		assertThat(text(browser.submit("financial", refund("011000565", "7781")))).contains("Verify your mobile phone");
		this.people.registerBySmsFromFinancial(browser, grace, null, "grace.oconnor10");

		assertThat(this.jdbc.sql(
				"select status || ' ' || loa || ' ' || loa_evidence from account where username_canonical = 'grace.oconnor10'")
			.query(String.class)
			.single()).isEqualTo("ACTIVE 3 tax-record,financial,sms");
	}

	// REG-14 with REG-9: spent tries lead to an exhausted page whose first way forward is
	// the refund account again
	@Test
	void REG_14_whenTheFinancialStepIsExhaustedAfterNoFile_thenThePathsBeginWithTheRefundAccount() throws Exception {
		RegistrationDriver browser = atFinancial(this.people.demo(11), "reg14.tyler.exhausted@example.test");
		browser.submit("financial", Map.of("accountType", "CREDIT_CARD", "last8", "90817263"));
		browser.submit("financial", refund("107000534", "0000"));
		String page = text(browser.submit("financial", refund("107000534", "0001")));

		assertThat(page).contains("We could not verify a financial account after several tries.");
		List<String> order = List.of(msg("exhausted.path.refund"), msg("exhausted.path.helpDesk"),
				msg("exhausted.path.inPerson"));
		assertThat(page).containsSubsequence(order)
			.contains(msg("exhausted.bring.ids"))
			.doesNotContain(msg("exhausted.path.otherAccount"));
	}

	// REG-13: a SIM changed 2 days ago refuses the texted code, says for how long, and
	// offers the code by mail.
	@Test
	void REG_13_whenTheSimWasChangedDaysAgo_thenNoCodeIsTextedAndTheMailCodeIsOffered() throws Exception {
		SyntheticPerson nina = this.people.demo(18);
		RegistrationDriver browser = browser();
		this.people.toPhoneStep(browser, nina, TestPeople.financial(this.people.demoAccount(18)),
				"reg13.nina@example.test");
		long texts = sentTo(Channel.SMS, TestPeople.e164(nina));

		String page = text(browser.submit("phone", Map.of("phone", TestPeople.phone(nina))));

		assertThat(page).contains(
				"The SIM card of this phone number was changed or the number moved to another carrier in the last 7 days")
			.contains("Receive an activation code by postal mail")
			.contains(msg("register.attemptsLeft", 2));
		assertThat(sentTo(Channel.SMS, TestPeople.e164(nina))).as("no code texted").isEqualTo(texts);
		assertThat(failureReasons(browser)).containsExactly("phone.sim-changed");
		assertThat(text(browser.act("/register/mail"))).contains("Create your username and password");
	}

	// REG-13: a port counts like a SIM change; one older than the window (7 days) does
	// not stop the code
	@Test
	void REG_13_whenTheNumberWasPortedInsideOrOutsideTheWindow_thenOnlyTheRecentPortRefusesTheCode() throws Exception {
		SyntheticPerson recent = this.people.ordinary(80);
		SyntheticPerson old = this.people.ordinary(81);
		setSignals(recent, null, this.clock.instant().minus(Duration.ofHours(30)));
		setSignals(old, this.clock.instant().minus(Duration.ofDays(8)), this.clock.instant().minus(Duration.ofDays(9)));

		RegistrationDriver first = browser();
		this.people.toPhoneStep(first, recent, "reg13.ported@example.test");
		assertThat(text(first.submit("phone", Map.of("phone", TestPeople.phone(recent)))))
			.contains("changed or the number moved to another carrier in the last 7 days");

		RegistrationDriver second = browser();
		this.people.toPhoneStep(second, old, "reg13.old@example.test");
		assertThat(text(second.submit("phone", Map.of("phone", TestPeople.phone(old)))))
			.contains("Enter the code we texted");
	}

	// REG-5: a prepaid line in the person's name counts once the carrier has had that
	// name on it for 90 days; a newer one (bought for the occasion, perhaps in someone
	// else's name) is refused with the date it would count and the code by mail offered.
	// The 2018 rule (every prepaid line refused) is the irs-2018 profile:
	// ProofingBaselineTest.
	@Test
	void REG_5_whenAPrepaidLineHasBeenInTheNameForTheTenure_thenItIsTextedAndANewerOneIsNot() throws Exception {
		SyntheticPerson held = this.people.ordinary(88);
		SyntheticPerson fresh = this.people.ordinary(89);
		setPrepaidSince(held, this.clock.instant().minus(Duration.ofDays(91)));
		setPrepaidSince(fresh, this.clock.instant().minus(Duration.ofDays(20)));

		RegistrationDriver first = browser();
		this.people.toPhoneStep(first, held, "reg5.prepaid.held@example.test");
		assertThat(text(first.submit("phone", Map.of("phone", TestPeople.phone(held)))))
			.contains("Enter the code we texted");

		RegistrationDriver second = browser();
		this.people.toPhoneStep(second, fresh, "reg5.prepaid.fresh@example.test");
		long texts = sentTo(Channel.SMS, TestPeople.e164(fresh));
		String page = text(second.submit("phone", Map.of("phone", TestPeople.phone(fresh))));
		assertThat(page)
			.contains("Prepaid phones can be verified this way once they have been in your name for 90 days")
			.contains("Receive an activation code by postal mail")
			.contains(msg("register.attemptsLeft", 2));
		assertThat(sentTo(Channel.SMS, TestPeople.e164(fresh))).as("no code texted").isEqualTo(texts);
		assertThat(failureReasons(second)).containsExactly("phone.prepaid-recent");
	}

	private void setPrepaidSince(SyntheticPerson person, Instant since) {
		PhoneLine own = person.phone();
		PhoneLine line = new PhoneLine(own.number(), own.subscriberName(), own.lineType(), true, false, true, true,
				null, null, since);
		this.transactions.executeWithoutResult((status) -> this.lines.upsertLines(List.of(line)));
	}

	private void setSignals(SyntheticPerson person, Instant simChanged, Instant ported) {
		PhoneLine line = person.phone().withTakeoverSignals(simChanged, ported);
		this.transactions.executeWithoutResult((status) -> this.lines.upsertLines(List.of(line)));
	}

	private List<String> auditActions(RegistrationDriver browser) {
		return this.jdbc.sql("select action from audit_event where subject = :target order by seq")
			.param("target", "journey:" + browser.journeyId())
			.query(String.class)
			.list();
	}

	// REG-14: someone whose only card is a debit card says "none of these"; the bureau's
	// file agrees, so the page says why and offers the refund account; saying it spends
	// no attempt; the right refund account then passes, and nothing of it is kept.
	@Test
	void REG_14_whenAPersonWithOnlyADebitCardSaysNoneOfThese_thenThePageSaysWhyAndTheRefundAccountPasses()
			throws Exception {
		SyntheticPerson person = this.people.onlyCaseWithRefund(HardCase.ONLY_DEBIT, 1);
		RefundAccount refund = person.refundAccountIfAny().orElseThrow();
		RegistrationDriver browser = atFinancial(person, "reg14.none.debit@example.test");
		String page = browser.pageText();
		assertThat(page).contains("action=\"/register/none-of-these\"")
			.contains(msg("register.noneOfThese.button"))
			.doesNotContain("name=\"routingNumber\"");
		int before = this.bureau.inquiries(person.taxRecord().ssn()).size();

		page = browser.act("/register/none-of-these");

		assertThat(text(page)).contains(msg("register.refund.heading"))
			.contains(msg("register.refund.why.no-listed-account"))
			.contains(msg("register.refund.noRefund"))
			.contains(msg("exhausted.path.inPerson"))
			.doesNotContain(msg("register.noneOfThese.button"))
			.doesNotContain("Please check what you entered");
		assertThat(page).contains("name=\"routingNumber\"").contains("id=\"refund-other-paths\"");
		assertThat(this.bureau.inquiries(person.taxRecord().ssn())).as("the bureau's file was read: a soft inquiry")
			.hasSize(before + 1);
		assertThat(failureReasons(browser)).as("saying it spends no attempt").isEmpty();
		assertThat(auditActions(browser)).contains("registration.financial.none-of-these.refund-offered");

		page = text(browser.submit("financial", refund("011000015", "0000")));
		assertThat(page).contains(msg("register.refund.error.mismatch")).contains(msg("register.attemptsLeft", 2));
		page = text(browser.submit("financial", refund(refund.routingNumber(), refund.last4())));

		assertThat(page).contains("Verify your mobile phone");
		assertThat(failureReasons(browser)).containsExactly("financial.refund-account.no-match");
		String journey = this.jdbc.sql("select data_sealed || attempts::text from journey where id = :id")
			.param("id", browser.journeyId())
			.query(String.class)
			.single();
		assertThat(journey).doesNotContain(refund.routingNumber());
	}

	// REG-14: a person with no credit file who says "none of these" is offered the refund
	// account, saying why
	@Test
	void REG_14_whenAPersonWithNoCreditFileSaysNoneOfThese_thenTheRefundAccountIsOfferedForThatReason()
			throws Exception {
		SyntheticPerson person = this.people.onlyCaseWithRefund(HardCase.NO_CREDIT_FILE, 1);
		RegistrationDriver browser = atFinancial(person, "reg14.none.nofile@example.test");

		String page = text(browser.act("/register/none-of-these"));

		assertThat(page).contains(msg("register.refund.heading")).contains(msg("register.refund.why.no-file"));
		assertThat(failureReasons(browser)).isEmpty();
	}

	// REG-14: "none of these" from someone whose file lists an account the page accepts
	// (or from an impostor who holds the victim's return while the victim has a card or
	// loan) offers no refund account: the page says to use the account, and a refund form
	// sent anyway is not taken.
	@Test
	void REG_14_whenTheBureauListsAnAcceptedAccount_thenNoneOfTheseOffersNoRefundAccount() throws Exception {
		SyntheticPerson person = this.people.ordinary(120);
		RegistrationDriver browser = atFinancial(person, "reg14.none.listed@example.test");

		String page = text(browser.act("/register/none-of-these"));

		assertThat(page).contains(msg("register.noneOfThese.bureauListsOne"))
			.contains("Verify a financial account")
			.doesNotContain(msg("register.refund.heading"));
		assertThat(text(browser.submit("financial", refund("011000015", "1234"))))
			.contains(msg("register.financial.error.type"))
			.doesNotContain("Verify your mobile phone");
		assertThat(failureReasons(browser)).isEmpty();
		assertThat(auditActions(browser)).contains("registration.financial.none-of-these.bureau-lists-one");
	}

	// REG-14 after each of REG-4's card refusals (American Express, debit, corporate):
	// the refusal page says why and offers the refund account, and no longer needs "none
	// of these"
	@Test
	void REG_14_whenACardIsRefusedAsAmexDebitOrCorporate_thenTheRefusalOffersTheRefundAccount() throws Exception {
		// The test population has no one whose only card is a corporate card: TestPeople
		// 125 gets one.
		SyntheticPerson corporate = this.people.ordinary(125);
		CreditAccount corporateCard = new CreditAccount(AccountType.CORPORATE_CARD, CardNetwork.VISA,
				AccountLast8.of("70417723"));
		this.transactions.executeWithoutResult((status) -> this.creditFiles
			.replaceAccounts(Map.of(corporate.taxRecord().ssn(), List.of(corporateCard))));
		Map<String, SyntheticPerson> refused = Map.of("american-express", this.people.onlyCase(HardCase.ONLY_AMEX, 1),
				"debit-card", this.people.onlyCase(HardCase.ONLY_DEBIT, 2), "corporate-card", corporate);
		for (Map.Entry<String, SyntheticPerson> refusal : refused.entrySet()) {
			SyntheticPerson person = refusal.getValue();
			RegistrationDriver browser = atFinancial(person, "reg14.refused." + refusal.getKey() + "@example.test");
			String last8 = (person == corporate) ? "70417723" : person.creditFile().accounts().get(0).last8().digits();

			String page = browser.submit("financial", Map.of("accountType", "CREDIT_CARD", "last8", last8));

			assertThat(text(page)).as(refusal.getKey())
				.contains(msg("register.refund.heading"))
				.contains(msg("register.refund.why." + refusal.getKey()))
				.doesNotContain(msg("register.noneOfThese.button"));
			assertThat(page).contains("name=\"routingNumber\"");
		}
	}

	// REG-14: the routing number's ABA check digit (3-7-1 weights) and the Federal
	// Reserve symbol
	@Test
	void REG_14_whenRoutingNumbersAreChecked_thenTheAbaCheckDigitDecides() {
		assertThat(RefundAccount.isRoutingNumber("011000015")).isTrue();
		assertThat(RefundAccount.isRoutingNumber("121000358")).isTrue();
		assertThat(RefundAccount.isRoutingNumber("121000359")).isFalse();
		assertThat(RefundAccount.isRoutingNumber("990000009")).as("no such routing symbol").isFalse();
		assertThat(RefundAccount.isRoutingNumber("12100035")).isFalse();
		assertThat(RefundAccount.of("121000358", "0923").toString()).doesNotContain("121000358").doesNotContain("0923");
	}

}
