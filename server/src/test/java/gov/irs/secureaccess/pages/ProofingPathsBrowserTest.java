package gov.irs.secureaccess.pages;

import java.time.Duration;
import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.assisted.AssistedTestSupport;
import gov.irs.secureaccess.assisted.StaffAccounts;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.registration.TestPeople;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.generator.HardCase;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.taxrecords.Address;
import gov.irs.secureaccess.sources.taxrecords.RefundAccount;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.support.Chromium;
import gov.irs.secureaccess.support.MutableClock;
import gov.irs.secureaccess.support.OutboxCodes;
import gov.irs.secureaccess.support.RunningServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 in Debian's Chromium, axe-core on every page, each journey begun at the home
 * page and carried on by the links and buttons a person sees (never by typing an
 * address): the refund account for someone whose only card is a debit card (REG-14, demo
 * #9 Daniel Kim); a new user who fails online, goes in person, and finishes with the
 * officer's letter (AST-5, TestPeople 86); a letter from the mail path finished from the
 * home page and from the sign-in page of the waiting account (REG-6, issue 13 item 5,
 * demo #12 Ethan Brooks).
 */
@RunningServerTest
class ProofingPathsBrowserTest {

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts staffAccounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	AuditLog audit;

	@Autowired
	Accounts accounts;

	@Autowired
	OutboxReader outbox;

	@Autowired
	SourcesProperties sources;

	@Autowired
	MutableClock clock;

	AssistedTestSupport support;

	TestPeople people;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void close() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void support() {
		this.support = new AssistedTestSupport(this.staffAccounts, this.hasher, this.audit);
		this.people = new TestPeople(this.sources);
	}

	// REG-14: the debit card is refused with its own message and the refund account of
	// the last return is offered beside it; it passes the financial step and the account
	// is LOA-3.
	@Test
	void REG_14_whenDanielsOnlyCardIsADebitCard_thenTheRefundAccountOfHisLastReturnGetsHimToLoa3() {
		SyntheticPerson daniel = this.people.demo(9);
		var refund = daniel.refundAccountIfAny().orElseThrow();
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.click("main >> text=Create account");
			page.click("main button:has-text('Start')");
			startOnline(page, daniel, "daniel.kim@example.test");

			chromium.audit(page, "financial, before the bureau");
			assertThat(page.locator("#refund-account").count()).as("offered only after the bureau could not be used")
				.isZero();
			page.click("label[for=type-CREDIT_CARD]");
			page.fill("#last8", "44718820");
			page.click("main button:has-text('Continue')");

			chromium.audit(page, "financial, refund account offered");
			assertThat(page.textContent("main")).contains("Debit cards can’t be used")
				.contains("Use the bank account of your last tax refund");
			refundAccountToLoa3(page, daniel, refund, "daniel.kim", "harbor lantern walnut seven");
		}
		assertActiveAtLoa3("daniel.kim");
	}

	// REG-14 and REG-4: someone with only a debit card, who would type no card at all,
	// says "I don't have any of these" on the financial page (a plain form, no
	// JavaScript); the page says why and offers the refund account of the last return; it
	// passes, and the texted code finishes an LOA-3 account. TestPeople: the first
	// generated person whose only hard case is a debit card and who has a refund on
	// record.
	@Test
	void REG_14_whenAPersonWithNoAccountOfTheListedTypesSaysNoneOfThese_thenTheRefundAccountGetsThemToLoa3() {
		SyntheticPerson person = this.people.onlyCaseWithRefund(HardCase.ONLY_DEBIT, 0);
		var refund = person.refundAccountIfAny().orElseThrow();
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.click("main >> text=Create account");
			page.click("main button:has-text('Start')");
			startOnline(page, person, "none.of.these@example.test");

			assertThat(page.locator("#refund-account").count()).as("not offered before the person said so").isZero();
			assertThat(page.textContent("#none-of-these")).contains("only a debit card");
			page.click("#none-of-these button[type=submit]");

			chromium.audit(page, "financial, none of these: refund account offered");
			assertThat(page.textContent("#refund-account")).contains("Use the bank account of your last tax refund")
				.contains("You told us you have none of the accounts")
				.contains("Taxpayer Assistance Center");
			assertThat(page.locator("#none-of-these").count()).isZero();
			refundAccountToLoa3(page, person, refund, "none.of.these", "harbor lantern walnut eight");
		}
		assertActiveAtLoa3("none.of.these");
	}

	// AST-5 and REG-9: a new user whose financial step is spent is told to go in person
	// and what to bring; the officer records two IDs and creates the account; the person
	// finishes from the home page with the letter.
	@Test
	void AST_5_whenANewUserCannotFinishOnline_thenATacOfficerCreatesTheAccountAndTheLetterFinishesIt() {
		SyntheticPerson person = this.people.ordinary(86);
		TaxRecord record = person.taxRecord();
		String email = "person86.tac@example.test";
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.click("main >> text=Create account");
			page.click("main button:has-text('Start')");
			startOnline(page, person, email);
			for (String wrong : new String[] { "11111111", "22222222", "33333333" }) {
				page.click("label[for=type-CAR_LOAN]");
				page.fill("#last8", wrong);
				page.click("main button:has-text('Continue')");
			}
			chromium.audit(page, "financial exhausted");
			assertThat(page.textContent("#paths")).contains("in person at a Taxpayer Assistance Center")
				.contains("Two forms of government identification")
				.contains("the username you would like");
			assertThat(page.locator("#paths > li").last().getAttribute("id")).as("the slowest way comes last")
				.isEqualTo("path-inPerson");
		}

		AssistedTestSupport.Staff officer = this.support.staff("TAC");
		this.clock.advance(Duration.ofSeconds(30));
		String temporary;
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.click("main .usa-button-group a:has-text('Sign in')");
			StaffBrowserSignIn.signIn(page, this.support, officer, this.clock.instant());
			assertThat(page.url()).endsWith("/tac");
			page.fill("#caseNumber", "TAC-00000086");
			page.fill("#ssn", record.ssn().formatted());
			page.fill("#lastName", record.name().last());
			page.selectOption("#firstType", "DRIVERS_LICENSE");
			page.fill("#firstLast4", "K086");
			page.selectOption("#secondType", "US_PASSPORT");
			page.fill("#secondLast4", "P086");
			page.fill("#office", "Denver, CO");
			page.click("main form[action='/tac/record'] button[type=submit]");
			chromium.audit(page, "tac: new user recorded");
			assertThat(page.textContent("main")).contains("no e-Services account");
			page.reload();
			assertThat(page.textContent("main")).as("post, redirect, get: a reload shows the record again")
				.contains("no e-Services account");
			page.fill("#username", "Person86.Tac");
			page.fill("#email", email);
			page.click("main form[action='/tac/create'] button[type=submit]");
			chromium.audit(page, "tac: account created");
			temporary = page.textContent("#temporary-password").strip();
			page.click("main form[action='/sign-out'] button");
		}

		String letter = letterTo(record);
		assertThat(letter).contains("Taxpayer Assistance Center").doesNotContain("started to register");
		String phone = person.phone().number().e164();
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.click("#activation-link");
			chromium.audit(page, "activation sign-in, from the home page");
			assertThat(page.textContent("main")).contains("temporary password");
			finishWithLetter(page, "Person86.Tac", temporary, letter, phone);
		}
		AccountLogin login = this.accounts.findLogin("person86.tac").orElseThrow();
		assertThat(login.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(login.loa()).isEqualTo(3);
		assertThat(this.accounts.loaEvidence(login.id())).isEqualTo("in-person,tac,mail,sms");
	}

	// REG-6 and issue 13 item 5: with a mailed code in hand, from the home page by links
	// only: "Sign in" shows the waiting account's way to its activation page, and the
	// home page has its own.
	@Test
	void REG_6_whenEthanHoldsHisLetter_thenTheHomePageAndTheSignInPageLeadHimToFinishHisAccount() {
		SyntheticPerson ethan = this.people.demo(12);
		String password = "copper meadow signal ninety";
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.click("main >> text=Create account");
			page.click("main button:has-text('Start')");
			startOnline(page, ethan, "ethan.brooks@example.test");
			page.click("label[for=type-CREDIT_CARD]");
			page.fill("#last8", "62093318");
			page.click("main button:has-text('Continue')");
			page.fill("#phone", ethan.phone().number().e164());
			page.click("main button:has-text('Text me a code')");
			assertThat(page.textContent("main")).as("his phone is billed to Rachel Brooks").contains("postal mail");
			page.click("main button:has-text('Receive an activation code by postal mail')");
			page.fill("#username", "ethan.brooks");
			page.fill("#password", password);
			page.fill("#passwordConfirm", password);
			page.fill("#sitePhrase", "Rowhouses on Broad");
			page.click("label[for=image-star]");
			page.selectOption("#question1", "firstSchool");
			page.fill("#answer1", "Meredith Elementary");
			page.selectOption("#question2", "firstJob");
			page.fill("#answer2", "Bike courier");
			page.click("main button:has-text('Create account')");
			assertThat(page.textContent("main")).contains("Watch for your activation code by mail");
		}
		String letter = letterTo(ethan.taxRecord());

		// Days later, a new browser: the home page, "Sign in", his username and password:
		// the account waits on its letter, and the page says where to finish it.
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.navigate(url("/"));
			chromium.audit(page, "home page, letter in hand");
			assertThat(page.textContent("#activation-link-box")).contains("Got an activation code by mail?");
			page.click("main .usa-button-group a:has-text('Sign in')");
			chromium.audit(page, "sign-in page");
			assertThat(page.locator("#activation-link").count()).isEqualTo(1);
			page.fill("#username", "ethan.brooks");
			page.click("main button[type=submit]");
			page.fill("#password", password);
			page.click("main form[action='/sign-in'] button[type=submit]");
			chromium.audit(page, "sign-in, account waiting on its letter");
			page.click("#awaiting-activation-link");
			chromium.audit(page, "activation sign-in, from the sign-in page");
			assertThat(page.url()).endsWith("/register/activate");
			// After a mailed code any phone that takes texts will do, his wife's line too
			// (REG-6).
			finishWithLetter(page, "ethan.brooks", password, letter, ethan.phone().number().e164());
		}
		assertThat(this.accounts.findLogin("ethan.brooks").orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
	}

	/**
	 * Contact, the emailed code and the identity of the last return, as the tax record
	 * has them.
	 */
	/**
	 * REG-14: the refund account on the page that offers it, then the texted code and
	 * credentials; never shown back.
	 */
	private void refundAccountToLoa3(Page page, SyntheticPerson person, RefundAccount refund, String username,
			String password) {
		page.fill("#routingNumber", refund.routingNumber());
		page.fill("#accountLast4", refund.last4());
		page.click("#refund-account button[type=submit]");
		chromium.audit(page, "phone, after the refund account");
		String phone = person.phone().number().e164();
		page.fill("#phone", phone);
		page.click("main button:has-text('Text me a code')");
		page.fill("#code", OutboxCodes.latest(this.outbox, phone));
		page.click("main button:has-text('Continue')");
		credentials(page, username, password);
		chromium.audit(page, "done, refund account");
		assertThat(page.textContent("main")).contains("Your account is ready");
		assertThat(page.content()).doesNotContain(refund.routingNumber());
	}

	private void assertActiveAtLoa3(String username) {
		AccountLogin login = this.accounts.findLogin(username).orElseThrow();
		assertThat(login.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(login.loa()).isEqualTo(3);
	}

	private void startOnline(Page page, SyntheticPerson person, String email) {
		TaxRecord record = person.taxRecord();
		page.fill("#firstName", record.name().first());
		page.fill("#lastName", record.name().last());
		page.fill("#email", email);
		page.click("main button:has-text('Continue')");
		page.fill("#code", OutboxCodes.latest(this.outbox, email));
		page.click("main button:has-text('Continue')");
		page.fill("#ssn", record.ssn().formatted());
		page.fill("#dobMonth", String.valueOf(record.dateOfBirth().getMonthValue()));
		page.fill("#dobDay", String.valueOf(record.dateOfBirth().getDayOfMonth()));
		page.fill("#dobYear", String.valueOf(record.dateOfBirth().getYear()));
		page.selectOption("#filingStatus", record.filingStatus().name());
		Address address = record.address();
		page.fill("#line1", address.line1());
		if (address.line2() != null) {
			page.fill("#line2", address.line2());
		}
		page.fill("#city", address.city());
		page.fill("#state", address.state());
		page.fill("#postalCode", address.postalCode());
		page.click("main button:has-text('Continue')");
		assertThat(page.textContent("main")).as("the identity of the last return passes")
			.contains("Verify a financial account");
	}

	private void credentials(Page page, String username, String password) {
		page.fill("#username", username);
		page.fill("#password", password);
		page.fill("#passwordConfirm", password);
		page.fill("#sitePhrase", "Geese over the river");
		page.click("label[for=image-park]");
		page.click("main button:has-text('Create account')");
	}

	/**
	 * On the activation sign-in page: the password, the letter's code, a phone and its
	 * code (REG-6).
	 */
	private void finishWithLetter(Page page, String username, String password, String letter, String phone) {
		page.fill("#username", username);
		page.fill("#password", password);
		page.click("main button[type=submit]");
		chromium.audit(page, "activation code");
		page.fill("#code", this.support.mailCode(letter));
		page.click("main button:has-text('Continue')");
		page.fill("#phone", phone);
		page.click("main button:has-text('Text me a code')");
		page.fill("#code", OutboxCodes.latest(this.outbox, phone));
		page.click("main button:has-text('Continue')");
		chromium.audit(page, "activation done");
		assertThat(page.textContent("main")).contains("Your account is ready");
	}

	private String letterTo(TaxRecord record) {
		String name = record.name().fullName().toUpperCase(Locale.ROOT);
		return this.outbox.newest(300)
			.stream()
			.filter((entry) -> entry.channel() == Channel.LETTER && entry.recipient().startsWith(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no letter to " + name))
			.body();
	}

	private BrowserContext newContext() {
		return chromium.browser().newContext(new Browser.NewContextOptions().setBypassCSP(true));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
