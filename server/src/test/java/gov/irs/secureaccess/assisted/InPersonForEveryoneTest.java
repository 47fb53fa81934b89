package gov.irs.secureaccess.assisted;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.SiteImages;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditEntry;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.proofing.ProofingRules;
import gov.irs.secureaccess.registration.TestPeople;
import gov.irs.secureaccess.registration.WaitingAccounts;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AST-5: in person for everyone. A TAC officer records two IDs for a person with no
 * e-Services account and creates their account there; the mailed code finishes it
 * (REG-6). With issue 13's item 5 on the way: truthful letter and activation page, no
 * "You signed in." before the temporary password is changed, a TAC case number as the
 * example, post/redirect/get, and the 403 page for the other staff role. People:
 * TestPeople 82, 83 and 87.
 */
@IntegrationTest
@AutoConfigureMockMvc
class InPersonForEveryoneTest {

	private static final String NEW_PASSWORD = "heron willow lantern ninety";

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	StaffAccounts staff;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	SourcesProperties sources;

	@Autowired
	MutableClock clock;

	@Autowired
	HelpDesk helpDesk;

	@Autowired
	InPersonChecks checks;

	@Autowired
	TaxRecords taxRecords;

	@Autowired
	JdbcClient jdbc;

	TestPeople people;

	TestStaff.Made officer;

	SigninDriver tac;

	@BeforeEach
	void signInAnOfficer() throws Exception {
		this.people = new TestPeople(this.sources);
		this.officer = TestStaff.create(this.staff, this.hasher, StaffRole.TAC);
		this.tac = new SigninDriver(this.mvc, this.outbox);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(TestStaff.signIn(this.tac, this.officer, this.clock.instant()).getRedirectedUrl()).isEqualTo("/tac");
	}

	// AST-5 and REG-6: the officer creates a new user's account; the letter, the
	// temporary password and a phone finish it.
	@Test
	void AST_5_whenANewUserIsCheckedInPerson_thenTheOfficerCreatesTheAccountAndTheMailedCodeFinishesIt()
			throws Exception {
		SyntheticPerson person = this.people.ordinary(82);
		var record = person.taxRecord();

		MockHttpServletResponse recorded = this.tac.post("/tac/record", form(person, "TAC-00000082"));
		assertThat(recorded.getRedirectedUrl()).as("post, redirect, get")
			.isEqualTo("/tac/case?caseNumber=TAC-00000082");
		String page = this.tac.page(recorded.getRedirectedUrl());
		assertThat(page).contains("This person has no e-Services account")
			.contains("***-**-" + record.ssn().formatted().substring(7))
			.doesNotContain(record.ssn().formatted());
		assertThat(this.tac.page(recorded.getRedirectedUrl())).as("a reload shows the same record")
			.contains("This person has no e-Services account")
			.contains("name=\"username\"");
		assertThat(officerEntries("tac.identity.recorded")).hasSize(1);

		assertThat(this.tac.postAndShow("/tac/create",
				Map.of("caseNumber", "TAC-00000082", "username", "person82.tac", "email", "not-an-email")))
			.contains("Enter an email address with a domain");
		MockHttpServletResponse created = this.tac.post("/tac/create",
				Map.of("caseNumber", "TAC-00000082", "username", "Person82.Tac", "email", "person82@example.test"));
		assertThat(created.getRedirectedUrl()).isEqualTo("/tac/case?caseNumber=TAC-00000082");
		page = this.tac.page(created.getRedirectedUrl());
		assertThat(page).contains("The Secure Access account is created").contains("Person82.Tac");
		String temporary = DeskFixtures.temporaryPassword(page);
		assertThat(DeskFixtures.temporaryPassword(this.tac.page(created.getRedirectedUrl()))).isEqualTo(temporary);
		assertThat(this.tac
			.post("/tac/create",
					Map.of("caseNumber", "TAC-00000082", "username", "Other82.Tac", "email", "other82@example.test"))
			.getRedirectedUrl()).as("a second post creates nothing").isEqualTo("/tac/case?caseNumber=TAC-00000082");
		assertThat(this.accounts.findLogin("other82.tac")).isEmpty();

		AccountLogin login = this.accounts.findLogin("person82.tac").orElseThrow();
		assertThat(login.status()).isEqualTo(AccountStatus.AWAITING_ACTIVATION);
		assertThat(login.loa()).isEqualTo(2);
		assertThat(this.accounts.loaEvidence(login.id())).isEqualTo("in-person,tac");
		assertThat(this.audit.forSubject("account:" + login.id(), 10))
			.anyMatch((entry) -> entry.action().equals("tac.account.created")
					&& entry.actor().equals("tac-officer:" + this.officer.id())
					&& "TAC-00000082".equals(entry.details().get("case")));
		OutboxEntry letter = letterTo(person);
		assertThat(letter.body()).contains("officer at a Taxpayer Assistance Center checked two forms")
			.contains("temporary password the officer gave you")
			.doesNotContain("started to register");
		assertThat(this.outbox.newest(50)).anyMatch((entry) -> entry.channel() == Channel.EMAIL
				&& entry.recipient().equals("person82@example.test") && entry.template().equals("tac.account-created"));

		SigninDriver caller = new SigninDriver(this.mvc, this.outbox);
		String phone = person.phone().number().e164();
		String activate = caller.page("/register/activate");
		assertThat(activate).contains("temporary password they gave you")
			.doesNotContain("Sign in with the username and password you created when you asked for the letter.");
		page = caller.postAndShow("/register/activate",
				Map.of("step", "sign-in", "username", "Person82.Tac", "password", temporary));
		assertThat(page).contains("Enter your activation code");
		caller.postAndShow("/register/activate", Map.of("step", "code", "code", DeskFixtures.mailCode(letter.body())));
		caller.postAndShow("/register/activate", Map.of("step", "phone", "phone", phone));
		assertThat(caller.postAndShow("/register/activate",
				Map.of("step", "confirm-phone", "code", caller.latestSmsCode(phone))))
			.contains("Your account is ready");
		assertThat(this.accounts.findLogin(login.id()).orElseThrow().loa()).isEqualTo(3);
		assertThat(this.accounts.loaEvidence(login.id()))
			.as("the activation adds to the evidence, the in-person check stays")
			.isEqualTo("in-person,tac,mail,sms");

		// Issue 13 item 5: a sign-in held at the forced change is no "You signed in."
		// until the change lets it through.
		this.clock.advance(Duration.ofSeconds(30));
		SigninDriver first = new SigninDriver(this.mvc, this.outbox);
		assertThat(first.signIn("Person82.Tac", temporary, phone).getRedirectedUrl())
			.isEqualTo(TemporaryPasswords.CHANGE_PAGE);
		assertThat(actions(login.id())).contains("signin.held").doesNotContain("signin.succeeded");
		first.post(TemporaryPasswords.CHANGE_PAGE,
				Map.of("newPassword", NEW_PASSWORD, "newPasswordConfirm", NEW_PASSWORD));
		assertThat(actions(login.id())).contains("signin.succeeded");
		first.acceptAgreement();
		assertThat(first.page("/account/history"))
			.contains("An officer at a Taxpayer Assistance Center verified your identity in person")
			.contains("A sign-in passed its security code and stopped to change the temporary password.");
	}

	// AST-5: the person must be the one on the tax record; a wrong last name records
	// nothing
	@Test
	void AST_5_whenTheLastNameIsNotTheTaxRecords_thenNothingIsRecorded() throws Exception {
		SyntheticPerson person = this.people.ordinary(83);
		Map<String, String> wrong = new HashMap<>(form(person, "TAC-00000083"));
		wrong.put("lastName", "Nobodyname");

		MockHttpServletResponse response = this.tac.post("/tac/record", wrong);

		assertThat(response.getRedirectedUrl()).isEqualTo("/tac");
		assertThat(this.tac.page("/tac")).contains("The last name does not match");
		assertThat(officerEntries("tac.identity.recorded")).isEmpty();
	}

	// AST-5 with REG-6: an account an online registration left waiting on its letter (an
	// impostor's mail path) under this person's SSN does not turn them away at the TAC;
	// the account the officer creates closes it (TestPeople 128)
	@Test
	void AST_5_whenTheSsnHasAnAccountWaitingOnItsLetter_thenTheOfficerStillCreatesTheAccountAndTheWaitingOneCloses()
			throws Exception {
		SyntheticPerson person = this.people.ordinary(128);
		var record = person.taxRecord();
		long waiting = this.accounts.create(new NewAccount("waiting.impostor128", "impostor128@example.test",
				record.name().first(), record.name().last(), record.dateOfBirth(), record.ssn(),
				this.hasher.hash("someone else entirely 128"), "Not the person", SiteImages.GALLERY.get(0), null,
				AccountStatus.AWAITING_ACTIVATION, 2, WaitingAccounts.EVIDENCE, Map.of()));

		MockHttpServletResponse recorded = this.tac.post("/tac/record", form(person, "TAC-00000128"));
		assertThat(this.tac.page(recorded.getRedirectedUrl())).contains("This person has no e-Services account")
			.doesNotContain("already has a Secure Access account");
		this.tac.post("/tac/create",
				Map.of("caseNumber", "TAC-00000128", "username", "Person128.Tac", "email", "person128@example.test"));

		AccountLogin created = this.accounts.findLogin("person128.tac").orElseThrow();
		assertThat(created.status()).isEqualTo(AccountStatus.AWAITING_ACTIVATION);
		assertThat(this.accounts.findLogin("waiting.impostor128").orElseThrow().status())
			.isEqualTo(AccountStatus.CLOSED);
		assertThat(this.audit.forSubject("account:" + waiting, 10))
			.anyMatch((entry) -> entry.action().equals("account.closed.superseded")
					&& "case:TAC-00000128".equals(entry.details().get("journey")));
	}

	// AST-5 off (secure-access.proofing.in-person-new-users=false, the irs-2018 profile):
	// AST-3 alone, a new user is refused at the TAC and nothing is stored
	@Test
	void AST_5_whenInPersonForNewUsersIsOff_thenTheOfficerIsToldTheyHaveNoEServicesAccountAndNothingIsStored() {
		SyntheticPerson person = this.people.ordinary(87);
		ProofingRules irs2018 = new ProofingRules(ProofingRules.AddressMatch.EXACT, false, false, false,
				Duration.ofDays(7), false, false, Duration.ofDays(90));
		TacDesk desk2018 = new TacDesk(this.helpDesk, this.checks, this.audit, this.taxRecords, irs2018);
		long before = this.jdbc.sql("select count(*) from in_person_check").query(Long.class).single();

		TacDesk.Recorded recorded = desk2018.record(this.officer.id(), new CaseNumber("TAC-00000087"),
				person.taxRecord().ssn(), person.taxRecord().name().last(), IdType.STATE_ID, "S487", IdType.US_PASSPORT,
				"P087", "Denver, CO", "127.0.0.1");

		assertThat(recorded.outcome()).isEqualTo(HelpDesk.Outcome.NOT_E_SERVICES_USER);
		assertThat(recorded.newUser()).isFalse();
		assertThat(this.jdbc.sql("select count(*) from in_person_check").query(Long.class).single()).isEqualTo(before);
		assertThat(officerEntries("tac.identity.recorded")).isEmpty();
	}

	// Issue 13 item 5: /tac shows a TAC case number as its example, never a desk one
	@Test
	void whenTheTacPageIsShown_thenItsExampleIsATacCaseNumber() throws Exception {
		String page = this.tac.page("/tac");

		assertThat(page).contains("TAC-00012345").doesNotContain("EHD-");
		assertThat(this.tac.postAndShow("/tac/record", Map.of("caseNumber", "nope"))).contains("TAC-00012345")
			.doesNotContain("EHD-");
	}

	// AST-4 and issue 13 item 5: a TAC officer at /assist is told they are signed in, in
	// another role
	@Test
	void AST_4_whenAnOfficerOpensTheDesk_thenThe403PageSaysTheyAreSignedInInAnotherRole() throws Exception {
		MockHttpServletResponse response = this.tac.get("/assist");

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getForwardedUrl()).isEqualTo("/staff-only");
		assertThat(this.tac.page("/staff-only?for=assist")).contains("You are signed in as " + this.officer.username())
			.contains("Taxpayer Assistance Center officer")
			.contains("href=\"/tac\"")
			.doesNotContain("only for IRS employees signed in with their staff account");

		TestStaff.Made assistor = TestStaff.create(this.staff, this.hasher, StaffRole.ASSISTOR);
		SigninDriver desk = new SigninDriver(this.mvc, this.outbox);
		TestStaff.signIn(desk, assistor, this.clock.instant());
		assertThat(desk.get("/tac").getStatus()).isEqualTo(403);
		assertThat(desk.page("/staff-only?for=tac")).contains("You are signed in as " + assistor.username())
			.contains("e-Help Desk assistor")
			.contains("href=\"/assist\"");
	}

	private List<String> actions(long accountId) {
		return this.audit.forSubject("account:" + accountId, 50).stream().map(AuditEntry::action).toList();
	}

	private List<String> officerEntries(String action) {
		return DeskFixtures.detailsByActor(this.jdbc, "tac-officer:" + this.officer.id(), action);
	}

	private OutboxEntry letterTo(SyntheticPerson person) {
		String name = person.taxRecord().name().fullName().toUpperCase(Locale.ROOT);
		return this.outbox.newest(200)
			.stream()
			.filter((entry) -> entry.channel() == Channel.LETTER && entry.recipient().startsWith(name))
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, String> form(SyntheticPerson person, String caseNumber) {
		return Map.of("caseNumber", caseNumber, "ssn", person.taxRecord().ssn().formatted(), "lastName",
				person.taxRecord().name().last(), "firstType", "STATE_ID", "firstLast4", "S482", "secondType",
				"US_PASSPORT", "secondLast4", "P082", "office", "Denver, CO");
	}

}
