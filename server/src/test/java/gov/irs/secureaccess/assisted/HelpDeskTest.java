package gov.irs.secureaccess.assisted;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditEntry;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.registration.TestPeople;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
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
 * The e-Help Desk from look-up to account (AST-1, AST-2, AST-4): who may use exception
 * processing, the questions from the tax record, the pass path (account with the
 * e-Services username, temporary password, mailed code, legacy account gone, then REG-6
 * online) and the fail path (a TAC visit, nothing made), each step audited. People:
 * TestPeople 60 to 64.
 */
@IntegrationTest
@AutoConfigureMockMvc
class HelpDeskTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	HelpDesk helpDesk;

	@Autowired
	OutboxReader outbox;

	@Autowired
	StaffAccounts staff;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	LegacyAccounts legacy;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	SourcesProperties sources;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	TestPeople people;

	TestStaff.Made assistor;

	SigninDriver desk;

	@BeforeEach
	void signInAnAssistor() throws Exception {
		this.people = new TestPeople(this.sources);
		this.assistor = TestStaff.create(this.staff, this.hasher, StaffRole.ASSISTOR);
		this.desk = new SigninDriver(this.mvc, this.outbox);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(TestStaff.signIn(this.desk, this.assistor, this.clock.instant()).getRedirectedUrl())
			.isEqualTo("/assist");
	}

	@Test
	void AST_1_whenTheCallerHasNoEServicesAccount_thenTheDeskRefusesAndSaysToRegisterOnline() throws Exception {
		SyntheticPerson newcomer = this.people.ordinary(60);

		String page = lookUp("EHD-00000060", newcomer);

		assertThat(page).contains("has no e-Services account").contains("must register online");
		assertThat(page).doesNotContain("Verification questions").doesNotContain("Case EHD-00000060");
		assertThat(assistorEntries("assist.lookup").get(0)).contains("\"case\":\"EHD-00000060\"")
			.contains("\"outcome\":\"not_e_services_user\"");
		assertThat(this.accounts.isRegistered(newcomer.taxRecord().ssn())).isFalse();
	}

	@Test
	void AST_1_whenTheCallerAlreadyHasASecureAccessAccount_thenTheDeskSaysSoAndDoesNotProceed() throws Exception {
		TestAccounts.Made registered = TestAccounts.active(this.accounts, this.hasher, "ast1");
		var ssn = this.accounts.profile(registered.id()).ssn();
		this.legacy.add(new LegacyAccount(0, "eservices.ast1", DeskFixtures.LEGACY_HASH, "Test", "Person",
				Ssn.parse(ssn), "ast1@example.test"));

		String page = this.desk.postAndShow("/assist/lookup",
				Map.of("caseNumber", "EHD-00000099", "ssn", ssn, "lastName", "Person"));

		assertThat(page).contains("already has a Secure Access account");
		assertThat(assistorEntries("assist.lookup").get(0)).contains("\"outcome\":\"already_registered\"");
	}

	@Test
	void AST_1_whenTheLastNameDoesNotMatch_thenNothingIsShown() throws Exception {
		SyntheticPerson person = this.people.ordinary(63);
		DeskFixtures.legacyFor(this.legacy, person, "eservices.p63");

		String page = this.desk.postAndShow("/assist/lookup", Map.of("caseNumber", "EHD-00000063", "ssn",
				person.taxRecord().ssn().formatted(), "lastName", "Notthename"));

		assertThat(page).contains("The last name does not match").doesNotContain("eservices.p63");
	}

	@Test
	void AST_2_whenTheCallerAnswersEveryQuestion_thenTheAccountIsMadeWithTheLegacyUsernameAndFinishedOnline()
			throws Exception {
		SyntheticPerson person = this.people.ordinary(61);
		var record = person.taxRecord();
		long legacyId = DeskFixtures.legacyFor(this.legacy, person, "EServices.P61");

		String page = this.desk.page(
				this.desk
					.post("/assist/lookup", Map.of("caseNumber", "ehd-00000061", "ssn", record.ssn().formatted(),
							"lastName", record.name().last().toUpperCase(Locale.ROOT)))
					.getRedirectedUrl());
		assertThat(page).contains("Case EHD-00000061")
			.contains(record.name().first().charAt(0) + ". " + record.name().last())
			.contains("***-**-" + record.ssn().formatted().substring(7))
			.doesNotContain(record.ssn().formatted())
			.doesNotContain(record.name().first() + " ")
			.contains("EServices.P61");

		page = this.desk.postAndShow("/assist/questions", Map.of("caseNumber", "EHD-00000061"));
		assertThat(page).contains("Verification questions");
		List<String> asked = DeskFixtures.askedQuestions(this.audit, legacyId);
		assertThat(asked).hasSize(QuestionPool.SET_SIZE);
		String expectedAgi = this.helpDesk.questions(record)
			.find(asked.stream().filter((k) -> k.startsWith("agi.")).findFirst().orElseThrow())
			.orElseThrow()
			.expected();
		assertThat(page).as("the expected answers never reach the page").doesNotContain(expectedAgi);

		Map<String, String> answers = new HashMap<>(DeskFixtures.rightAnswers(record, asked));
		answers.put("caseNumber", "EHD-00000061");
		page = this.desk.postAndShow("/assist/answers", answers);
		assertThat(page).contains("All answers were correct");

		// Post, redirect, get (issue 13): the created page survives a reload, and nothing
		// is created twice.
		MockHttpServletResponse posted = this.desk.post("/assist/create", Map.of("caseNumber", "EHD-00000061"));
		assertThat(posted.getStatus()).isEqualTo(302);
		page = this.desk.page(posted.getRedirectedUrl());
		assertThat(page).contains("The Secure Access account is created").contains("EServices.P61");
		String temporary = DeskFixtures.temporaryPassword(page);
		assertThat(DeskFixtures.temporaryPassword(this.desk.page(posted.getRedirectedUrl())))
			.as("a reload shows it again")
			.isEqualTo(temporary);
		assertThat(this.audit.forSubject("account:" + this.accounts.findLogin("eservices.p61").orElseThrow().id(), 10))
			.filteredOn((entry) -> entry.action().equals("assist.account.created"))
			.hasSize(1);

		AccountLogin login = this.accounts.findLogin("eservices.p61").orElseThrow();
		assertThat(login.username()).isEqualTo("EServices.P61");
		assertThat(login.status()).isEqualTo(AccountStatus.AWAITING_ACTIVATION);
		assertThat(login.loa()).isEqualTo(2);
		assertThat(this.legacy.findById(legacyId)).as("the legacy account is gone").isEmpty();
		assertThat(this.legacy.findBySsn(record.ssn())).isEmpty();
		OutboxEntry letter = letterTo(person);
		// Issue 13 item 5: the letter says who created the account and that the temporary
		// password signs in.
		assertThat(letter.body()).contains("activation code")
			.contains("e-Help Desk assistor verified your identity by phone")
			.contains("temporary password the assistor gave you")
			.doesNotContain("started to register");
		assertThat(this.outbox.newest(50)).anyMatch(
				(entry) -> entry.channel() == Channel.EMAIL && entry.recipient().equals("EServices.P61@example.test")
						&& entry.template().equals("assist.account-created"));
		AuditEntry created = this.audit.forSubject("account:" + login.id(), 10)
			.stream()
			.filter((entry) -> entry.action().equals("assist.account.created"))
			.findFirst()
			.orElseThrow();
		assertThat(created.actor()).isEqualTo("assistor:" + this.assistor.id());
		assertThat(created.details()).containsEntry("case", "EHD-00000061");

		// The temporary password alone reaches only the forced change (here: sign-in
		// refuses an account awaiting).
		SigninDriver caller = new SigninDriver(this.mvc, this.outbox);
		String phone = person.phone().number().e164();
		activate(caller, "EServices.P61", temporary, DeskFixtures.mailCode(letter.body()), phone);
		assertThat(this.accounts.findLogin(login.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);

		caller = new SigninDriver(this.mvc, this.outbox);
		MockHttpServletResponse signedIn = caller.signIn("EServices.P61", temporary, phone);
		assertThat(signedIn.getRedirectedUrl()).isEqualTo(TemporaryPasswords.CHANGE_PAGE);
		assertThat(caller.get("/account").getRedirectedUrl()).as("not signed in yet").endsWith("/sign-in");
		assertThat(caller.page(TemporaryPasswords.CHANGE_PAGE)).contains("Choose a new password");
		assertThat(caller.postAndShow(TemporaryPasswords.CHANGE_PAGE,
				Map.of("newPassword", "short", "newPasswordConfirm", "short")))
			.contains("at least 12");
		assertThat(caller.postAndShow(TemporaryPasswords.CHANGE_PAGE,
				Map.of("newPassword", temporary, "newPasswordConfirm", temporary)))
			.contains("different from the temporary");
		MockHttpServletResponse changed = caller.post(TemporaryPasswords.CHANGE_PAGE, Map.of("newPassword",
				"river otter moonlight seven", "newPasswordConfirm", "river otter moonlight seven"));
		assertThat(changed.getRedirectedUrl()).isEqualTo("/account");
		caller.acceptAgreement();
		assertThat(caller.get("/account").getStatus()).isEqualTo(200);
		assertThat(caller.page("/account/history"))
			.contains("An IRS e-Help Desk assistor verified your identity by phone");

		SigninDriver again = new SigninDriver(this.mvc, this.outbox);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(again.signIn("EServices.P61", "river otter moonlight seven", phone).getRedirectedUrl())
			.as("the new password signs in straight away")
			.isEqualTo("/account");
	}

	@Test
	void AST_2_whenTheCallerGetsAnAnswerWrong_thenTheNextStepIsATacVisitAndNothingIsMade() throws Exception {
		SyntheticPerson person = this.people.ordinary(62);
		var record = person.taxRecord();
		long legacyId = DeskFixtures.legacyFor(this.legacy, person, "eservices.p62");
		long lettersBefore = letters(person);

		lookUp("EHD-00000062", person);
		this.desk.postAndShow("/assist/questions", Map.of("caseNumber", "EHD-00000062"));
		List<String> asked = DeskFixtures.askedQuestions(this.audit, legacyId);
		Map<String, String> answers = new HashMap<>(DeskFixtures.rightAnswers(record, asked));
		answers.put("answer2", DeskFixtures.wrongAnswers(this.helpDesk.questions(record), asked).get("answer2"));
		answers.put("caseNumber", "EHD-00000062");

		String page = this.desk.postAndShow("/assist/answers", answers);

		assertThat(page).contains("did not match")
			.contains("Taxpayer Assistance Center")
			.contains("two forms of government identification")
			.doesNotContain("Create the account");
		assertThat(this.desk.postAndShow("/assist/create", Map.of("caseNumber", "EHD-00000062")))
			.as("a failed case cannot create an account")
			.doesNotContain("temporary-password");
		assertThat(this.desk.postAndShow("/assist/questions", Map.of("caseNumber", "EHD-00000062")))
			.as("one set per case")
			.contains("did not match");
		assertThat(this.accounts.isRegistered(record.ssn())).isFalse();
		assertThat(this.legacy.findById(legacyId)).isPresent();
		assertThat(letters(person)).isEqualTo(lettersBefore);
		AuditEntry answered = this.audit.forSubject(HelpDesk.legacySubject(legacyId), 20)
			.stream()
			.filter((entry) -> entry.action().equals("assist.questions.answered"))
			.findFirst()
			.orElseThrow();
		assertThat(answered.details()).containsEntry("outcome", "failed")
			.containsEntry("right", "3 of 4")
			.containsEntry("case", "EHD-00000062");
		assertThat(answered.actor()).isEqualTo("assistor:" + this.assistor.id());
	}

	@Test
	void AST_2_whenThreeSetsWereAskedThisWeek_thenAFourthIsRefusedAndTheCallerIsSentToATac() throws Exception {
		SyntheticPerson person = this.people.ordinary(64);
		long legacyId = DeskFixtures.legacyFor(this.legacy, person, "eservices.p64");
		for (int call = 1; call <= 3; call++) {
			String caseNumber = "EHD-0000064" + call;
			lookUp(caseNumber, person);
			assertThat(this.desk.postAndShow("/assist/questions", Map.of("caseNumber", caseNumber)))
				.contains("Verification questions");
		}
		List<String> third = DeskFixtures.askedQuestions(this.audit, legacyId);

		lookUp("EHD-00000645", person);
		String page = this.desk.postAndShow("/assist/questions", Map.of("caseNumber", "EHD-00000645"));

		assertThat(page).contains("No more questions can be asked")
			.contains("Taxpayer Assistance Center")
			.doesNotContain("Record the answers");
		assertThat(DeskFixtures.askedQuestions(this.audit, legacyId)).isEqualTo(third);
	}

	@Test
	void AST_4_whenTheAssistorGivesNoCaseNumber_thenNothingIsLookedUpAndTheRefusalIsAudited() throws Exception {
		SyntheticPerson person = this.people.ordinary(65);
		long legacyId = DeskFixtures.legacyFor(this.legacy, person, "eservices.p65");

		String page = this.desk.postAndShow("/assist/lookup",
				Map.of("ssn", person.taxRecord().ssn().formatted(), "lastName", person.taxRecord().name().last()));

		assertThat(page).contains("Enter the case number").doesNotContain("eservices.p65");
		assertThat(this.audit.forSubject(HelpDesk.legacySubject(legacyId), 10)).isEmpty();
		assertThat(assistorEntries("assist.lookup").get(0)).contains("\"outcome\":\"refused\"")
			.contains("\"reason\":\"no-case-number\"");

		lookUp("EHD-00000065", person);
		assertThat(this.desk.postAndShow("/assist/questions", Map.of("caseNumber", "")))
			.contains("Enter the case number")
			.doesNotContain("Verification questions");
		assertThat(this.desk.page("/assist/case?caseNumber=EHD-00000999")).contains("That case is not open")
			.doesNotContain("eservices.p65");
		assertThat(this.desk.page("/assist/case")).contains("Enter the case number");
		assertThat(this.desk.page("/assist/case?caseNumber=EHD-00000065")).contains("eservices.p65");
		assertThat(this.audit.forSubject(HelpDesk.legacySubject(legacyId), 10))
			.as("every view is audited with the case")
			.anyMatch((entry) -> entry.action().equals("assist.case.viewed")
					&& "EHD-00000065".equals(entry.details().get("case"))
					&& entry.actor().equals("assistor:" + this.assistor.id()));
	}

	private String lookUp(String caseNumber, SyntheticPerson person) throws Exception {
		return this.desk.postAndShow("/assist/lookup", Map.of("caseNumber", caseNumber, "ssn",
				person.taxRecord().ssn().formatted(), "lastName", person.taxRecord().name().last()));
	}

	/** The details (JSON) of this assistor's entries of one action, newest first. */
	private List<String> assistorEntries(String action) {
		return DeskFixtures.detailsByActor(this.jdbc, "assistor:" + this.assistor.id(), action);
	}

	private OutboxEntry letterTo(SyntheticPerson person) {
		String name = person.taxRecord().name().fullName().toUpperCase(Locale.ROOT);
		return this.outbox.newest(200)
			.stream()
			.filter((entry) -> entry.channel() == Channel.LETTER && entry.recipient().startsWith(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no letter to the person"));
	}

	private long letters(SyntheticPerson person) {
		String name = person.taxRecord().name().fullName().toUpperCase(Locale.ROOT);
		return this.outbox.newest(500)
			.stream()
			.filter((entry) -> entry.channel() == Channel.LETTER && entry.recipient().startsWith(name))
			.count();
	}

	/**
	 * REG-6 after the desk: sign in with the temporary password, the mailed code, then a
	 * phone and its text.
	 */
	private void activate(SigninDriver caller, String username, String password, String mailCode, String phone)
			throws Exception {
		assertThat(caller.page("/register/activate")).contains("Finish");
		String page = caller.postAndShow("/register/activate",
				Map.of("step", "sign-in", "username", username, "password", password));
		assertThat(page).contains("Enter your activation code");
		page = caller.postAndShow("/register/activate", Map.of("step", "code", "code", mailCode));
		assertThat(page).contains("Register a phone for security codes");
		page = caller.postAndShow("/register/activate", Map.of("step", "phone", "phone", phone));
		assertThat(page).contains("security code to");
		page = caller.postAndShow("/register/activate",
				Map.of("step", "confirm-phone", "code", caller.latestSmsCode(phone)));
		assertThat(page).contains("Your account is ready");
	}

}
