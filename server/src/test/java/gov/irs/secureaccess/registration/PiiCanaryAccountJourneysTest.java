package gov.irs.secureaccess.registration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.assisted.AssistedTestSupport;
import gov.irs.secureaccess.assisted.StaffAccounts;
import gov.irs.secureaccess.assisted.TemporaryPasswords;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.messaging.letters.LetterBatcher;
import gov.irs.secureaccess.platform.crypto.SealedJson;
import gov.irs.secureaccess.platform.db.DataFolderProperties;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.sources.SourceKeys;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.phonecarrier.LineType;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLineWriter;
import gov.irs.secureaccess.sources.phonecarrier.PhoneNumber;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.support.Oathtool;
import gov.irs.secureaccess.support.OutboxCodes;
import gov.irs.secureaccess.support.PiiCanaryScan;
import gov.irs.secureaccess.taxapps.documents.DocumentFiles;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import static gov.irs.secureaccess.support.FormTokens.csrf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PII canaries over the journeys after registration (DATA-1, DATA-2, DATA-3, DATA-5),
 * with {@link PiiCanaryJourneysTest} (registration) and {@code PiiCanaryApplicationsTest}
 * (the tax applications): forgot username and forgot password (SIGN-7), a password change
 * (SIGN-9), a phone change with the financial check (REG-12), an authenticator app's
 * enrolment and a sign-in with it (APP-1), an e-Help Desk case from look-up to the forced
 * password change (AST-1, AST-2), a TAC identity check and the account the desk makes
 * from it (AST-3), a step-up with the financial check (FED-4) and the document drop
 * (FED-5). Every value typed, shown once or sent is a marker (passwords, codes read from
 * the outbox, the new phone, the app's secret and its codes, the desk's answers, the
 * temporary password, the uploaded file's name and contents); afterwards
 * {@link PiiCanaryScan} looks for them in every table, a {@code pg_dump}, the data folder
 * (the letter batch), the Prometheus scrape and the log. People: TestPeople ordinary 140
 * to 143.
 */
@ExtendWith(OutputCaptureExtension.class)
class PiiCanaryAccountJourneysTest extends RegistrationTestBase {

	private static final Pattern TEMPORARY_PASSWORD = Pattern
		.compile("id=\"temporary-password\"[^>]*>([A-Z0-9-]{19})<");

	private static final Pattern APP_KEY = Pattern.compile("id=\"manual-key\">([A-Z2-7 ]+)<");

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	LegacyAccounts legacy;

	@Autowired
	StaffAccounts staff;

	@Autowired
	AuditLog audit;

	@Autowired
	LetterBatcher letters;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	SourceKeys keys;

	@Autowired
	SealedJson sealed;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PrometheusMeterRegistry prometheus;

	@Autowired
	DataSource dataSource;

	@Autowired
	DataFolderProperties dataFolder;

	private final Map<String, String> markers = new LinkedHashMap<>();

	@Test
	@DisplayName("DATA-1, DATA-3, DATA-5: recovery, password and phone change, authenticator app, e-Help Desk, TAC and the document drop leave no marker in clear")
	void DATA_1_DATA_3_whenEveryJourneyAfterRegistrationIsRun_thenNoValueTypedShownOrSentIsAnywhereInClear(
			CapturedOutput log) throws Exception {
		LoggerFactory.getLogger(RegistrationService.class).info("canary capture check");
		assertThat(log.getAll()).as("the capture sees the service's log").contains("canary capture check");
		Oathtool.assumeInstalled();

		SyntheticPerson owner = this.people.ordinary(140);
		SigninDriver signedIn = recoveryAndPasswordChange(owner);
		phoneChange(owner, signedIn);
		authenticatorApp(owner, signedIn);
		SyntheticPerson caller = this.people.ordinary(141);
		helpDesk(caller);
		SyntheticPerson visitor = this.people.ordinary(142);
		tacVisit(visitor);
		SyntheticPerson stepping = this.people.ordinary(143);
		stepUp(stepping);
		documentDrop();
		assertThat(this.letters.run()).as("the letter batch is written to the data folder").isPresent();

		PiiCanaryScan scan = new PiiCanaryScan(this.jdbc, this.dataSource, this.dataFolder.dataDir());
		for (SyntheticPerson person : List.of(owner, caller, visitor, stepping)) {
			PiiCanaryJourneysTest.personMarkers(scan, person);
			// Letters go to the address of record with the name on it (REG-8, REG-6):
			// only the print vendor's copy.
			scan.allowIn(person.taxRecord().name().last() + " last name", "file letters/");
			scan.allowIn(person.taxRecord().name().last() + " street", "file letters/");
		}
		this.markers.forEach(scan::marker);
		// The activation letters carry their codes (REG-6): in the letter batch only.
		scan.allowIn("desk mail code", "file letters/");
		scan.allowIn("tac mail code", "file letters/");

		List<String> found = scan.findings(log.getAll(), this.prometheus.scrape());

		assertThat(found)
			.as("places holding a marker in clear (pg_dump: %s)", scan.pgDumpUsed().orElse("not installed"))
			.isEmpty();
	}

	/**
	 * SIGN-7 forgot username and forgot password (the texted codes, the new password),
	 * then a sign-in and a SIGN-9 password change. Answers the browser signed in with the
	 * changed password.
	 */
	private SigninDriver recoveryAndPasswordChange(SyntheticPerson person) throws Exception {
		TaxRecord record = person.taxRecord();
		String phone = TestPeople.e164(person);
		// The username is the sign-in's identifier, kept in clear by design (as in
		// PiiCanaryTest): not a marker.
		String username = "canary.owner.v6t2";
		String email = marker("owner email", "canary.owner.v6t2@example.test");
		String first = marker("owner first password", "quokka first lantern 6120");
		this.accounts.create(new NewAccount(username, email, record.name().first(), record.name().last(),
				record.dateOfBirth(), record.ssn(), this.hasher.hash(first), "Kites over the river", "flight", phone,
				AccountStatus.ACTIVE, 3, "tax-record,financial,sms", Map.of()));

		SigninDriver reminder = new SigninDriver(this.mvc, this.outbox, "10.140.0.1");
		reminder.page("/sign-in/forgot-username");
		reminder.postAndShow("/sign-in/forgot-username", Map.of("step", "identify", "email", email));
		assertThat(reminder.postAndShow("/sign-in/forgot-username",
				Map.of("step", "code", "code", marker("username reminder code", reminder.latestSmsCode(phone)))))
			.contains("Your username is " + username);

		SigninDriver reset = new SigninDriver(this.mvc, this.outbox, "10.140.0.2");
		reset.page("/sign-in/forgot-password");
		reset.postAndShow("/sign-in/forgot-password", Map.of("step", "identify", "username", username, "email", email));
		assertThat(reset.postAndShow("/sign-in/forgot-password",
				Map.of("step", "code", "code", marker("password reset code", reset.latestSmsCode(phone)))))
			.contains("Choose a new password");
		String afterReset = marker("owner reset password", "quokka reset harbor 7241");
		assertThat(reset.postAndShow("/sign-in/forgot-password",
				Map.of("step", "new-password", "password", afterReset, "passwordConfirm", afterReset)))
			.contains("Your password was reset");

		SigninDriver browser = new SigninDriver(this.mvc, this.outbox, "10.140.0.3");
		assertThat(signIn(browser, username, afterReset, "sign-in texted code").getRedirectedUrl())
			.isEqualTo("/account");
		browser.acceptAgreement();
		String changed = marker("owner changed password", "quokka changed meadow 8362");
		assertThat(
				browser
					.post("/account/password",
							Map.of("currentPassword", afterReset, "newPassword", changed, "newPasswordConfirm",
									changed))
					.getRedirectedUrl())
			.isEqualTo("/account");
		return browser;
	}

	/**
	 * REG-12: the financial check again, a new phone in the person's name, its texted
	 * code.
	 */
	private void phoneChange(SyntheticPerson person, SigninDriver browser) throws Exception {
		String newPhone = "+13125550140";
		marker("new phone", newPhone.substring(2));
		PhoneLineWriter lines = new PhoneLineWriter(this.jdbcTemplate, this.keys, this.sealed);
		this.transactions
			.executeWithoutResult((status) -> lines.upsertLines(List.of(new PhoneLine(PhoneNumber.of(newPhone),
					person.taxRecord().name().fullName(), LineType.MOBILE, false, false, true, true))));
		Map<String, String> account = this.people.financial(person);
		marker("phone change account digits", account.get("last8"));
		browser.page("/account/phone");
		assertThat(browser.postAndShow("/account/phone", TestPeople.with(account, "step", "financial")))
			.contains("name=\"phone\"");
		assertThat(
				browser.postAndShow("/account/phone", Map.of("step", "phone", "phone", TestPeople.national(newPhone))))
			.contains("code");
		assertThat(browser
			.post("/account/phone",
					Map.of("step", "confirm-phone", "code", marker("new phone code", browser.latestSmsCode(newPhone))))
			.getRedirectedUrl()).isEqualTo("/account");
		assertThat(this.accounts.findLogin("canary.owner.v6t2").orElseThrow().phoneE164()).isEqualTo(newPhone);
	}

	/**
	 * APP-1: the app's secret shown once, its first code, then a sign-in with a code from
	 * it.
	 */
	private void authenticatorApp(SyntheticPerson person, SigninDriver browser) throws Exception {
		assertThat(browser.post("/account/authenticator/start", Map.of()).getRedirectedUrl())
			.isEqualTo("/account/authenticator");
		Matcher shown = APP_KEY.matcher(browser.page("/account/authenticator"));
		assertThat(shown.find()).as("the page shows the key").isTrue();
		String key = marker("app secret", shown.group(1).replace(" ", ""));
		marker("app secret grouped", shown.group(1).strip());
		assertThat(browser
			.post("/account/authenticator/confirm",
					Map.of("code", marker("app first code", Oathtool.code(key, this.clock.instant()))))
			.getRedirectedUrl()).isEqualTo("/account");

		this.clock.advance(Duration.ofSeconds(30));
		SigninDriver app = new SigninDriver(this.mvc, this.outbox, "10.140.0.4");
		app.page("/sign-in");
		app.submit("username", Map.of("username", "canary.owner.v6t2"));
		app.submit("password", Map.of("password", this.markers.get("owner changed password")));
		assertThat(
				app.submit("code", Map.of("code", marker("app sign-in code", Oathtool.code(key, this.clock.instant()))))
					.getRedirectedUrl())
			.isEqualTo("/account");
	}

	/**
	 * AST-1, AST-2: an assistor (signed in with their app) looks the caller up, asks the
	 * questions, takes the answers and creates the account; the caller activates it with
	 * the temporary password, the mailed code and a phone, then chooses a password.
	 */
	private void helpDesk(SyntheticPerson person) throws Exception {
		TaxRecord record = person.taxRecord();
		AssistedTestSupport support = new AssistedTestSupport(this.staff, this.hasher, this.audit);
		long legacyId = LegacyPeople.legacyAccount(this.legacy, person, "Canary.Desk.Caller").id();
		marker("desk legacy email", "canary.desk.caller@example.test");
		SigninDriver desk = staffSignIn(support, "ASSISTOR", "/assist", "assistor");
		assertThat(desk.postAndShow("/assist/lookup", Map.of("caseNumber", "EHD-00000141", "ssn",
				record.ssn().formatted(), "lastName", record.name().last())))
			.contains("Case EHD-00000141");
		assertThat(desk.postAndShow("/assist/questions", Map.of("caseNumber", "EHD-00000141")))
			.contains("Verification questions");
		List<String> asked = support.askedQuestions(legacyId);
		List<String> answers = support.rightAnswers(record, asked);
		Map<String, String> form = new HashMap<>();
		for (int i = 0; i < answers.size(); i++) {
			form.put("answer" + i, answers.get(i));
			// An answer as typed ("$48,210", a payer's name). Not a short one ("$0", a
			// ZIP: found by chance), nor an option picked from a list (a filing status:
			// the tax record's own column of the sources).
			if (answers.get(i).length() >= 6 && !answers.get(i).matches("\\d+|[A-Z_]+")) {
				marker("desk answer " + asked.get(i), answers.get(i));
			}
		}
		form.put("caseNumber", "EHD-00000141");
		assertThat(desk.postAndShow("/assist/answers", form)).contains("All answers were correct");
		String temporary = temporaryPassword(desk.postAndShow("/assist/create", Map.of("caseNumber", "EHD-00000141")));
		marker("desk temporary password", temporary);
		finishAssisted(person, "Canary.Desk.Caller", temporary, "desk", "quokka desk finished 9473");
	}

	/**
	 * AST-3: a TAC officer records two identifications; the desk makes the account from
	 * the check, no questions.
	 */
	private void tacVisit(SyntheticPerson person) throws Exception {
		TaxRecord record = person.taxRecord();
		AssistedTestSupport support = new AssistedTestSupport(this.staff, this.hasher, this.audit);
		LegacyPeople.legacyAccount(this.legacy, person, "Canary.Tac.Visitor");
		marker("tac legacy email", "canary.tac.visitor@example.test");
		SigninDriver tac = staffSignIn(support, "TAC", "/tac", "tac officer");
		// The last 4 characters of each identification (4 letters and digits are found by
		// chance in sealed text, so InPersonCheckTest shows them sealed in their row).
		assertThat(tac.postAndShow("/tac/record",
				Map.of("caseNumber", "TAC-00000142", "ssn", record.ssn().formatted(), "lastName", record.name().last(),
						"firstType", "DRIVERS_LICENSE", "firstLast4", "Q7K4", "secondType", "US_PASSPORT",
						"secondLast4", "W3Z8", "office", "Baltimore, MD")))
			.contains("Identity check recorded");
		SigninDriver desk = staffSignIn(support, "ASSISTOR", "/assist", "tac assistor");
		assertThat(desk.postAndShow("/assist/lookup", Map.of("caseNumber", "EHD-00000142", "ssn",
				record.ssn().formatted(), "lastName", record.name().last())))
			.contains("Identity checked in person");
		String temporary = temporaryPassword(
				desk.postAndShow("/assist/create", Map.of("caseNumber", "EHD-00000142", "basis", "in-person")));
		marker("tac temporary password", temporary);
		finishAssisted(person, "Canary.Tac.Visitor", temporary, "tac", "quokka tac finished 1584");
	}

	/**
	 * A staff member of {@code role}, signed in with their password and their app's code
	 * (both markers).
	 */
	private SigninDriver staffSignIn(AssistedTestSupport support, String role, String landing, String tag)
			throws Exception {
		AssistedTestSupport.Staff member = support.staff(role);
		marker("staff password", member.password());
		marker(tag + " staff app secret", member.secret());
		this.clock.advance(Duration.ofSeconds(30));
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", member.username()));
		browser.submit("password", Map.of("password", member.password()));
		assertThat(browser
			.submit("code",
					Map.of("code",
							marker(tag + " staff app code", support.totp(member.secret(), this.clock.instant()))))
			.getRedirectedUrl()).isEqualTo(landing);
		return browser;
	}

	/**
	 * REG-6 after the desk: the temporary password, the mailed code, a phone and its
	 * text, then a new password.
	 */
	private void finishAssisted(SyntheticPerson person, String username, String temporary, String tag, String chosen)
			throws Exception {
		String name = person.taxRecord().name().fullName().toUpperCase(Locale.ROOT);
		OutboxEntry letter = this.outbox.newest(500)
			.stream()
			.filter((entry) -> entry.channel() == Channel.LETTER && entry.recipient().startsWith(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no letter to the " + tag + " person"));
		String mailCode = marker(tag + " mail code",
				new AssistedTestSupport(this.staff, this.hasher, this.audit).mailCode(letter.body()));
		String phone = TestPeople.e164(person);
		SigninDriver caller = new SigninDriver(this.mvc, this.outbox);
		caller.page("/register/activate");
		assertThat(caller.postAndShow("/register/activate",
				Map.of("step", "sign-in", "username", username, "password", temporary)))
			.contains("Enter your activation code");
		assertThat(caller.postAndShow("/register/activate", Map.of("step", "code", "code", mailCode)))
			.contains("Register a phone for security codes");
		assertThat(caller.postAndShow("/register/activate", Map.of("step", "phone", "phone", TestPeople.phone(person))))
			.contains("security code to");
		assertThat(caller.postAndShow("/register/activate",
				Map.of("step", "confirm-phone", "code", marker(tag + " activation code", caller.latestSmsCode(phone)))))
			.contains("Your account is ready");

		SigninDriver again = new SigninDriver(this.mvc, this.outbox);
		assertThat(signIn(again, username, temporary, tag + " sign-in code").getRedirectedUrl())
			.isEqualTo(TemporaryPasswords.CHANGE_PAGE);
		marker(tag + " chosen password", chosen);
		assertThat(
				again.post(TemporaryPasswords.CHANGE_PAGE, Map.of("newPassword", chosen, "newPasswordConfirm", chosen))
					.getRedirectedUrl())
			.isEqualTo("/account");
	}

	/**
	 * FED-4: an LoA 2 account steps up with the financial check (a wrong try, then the
	 * right account).
	 */
	private void stepUp(SyntheticPerson person) throws Exception {
		TaxRecord record = person.taxRecord();
		String password = marker("step-up password", "quokka stepping upward 3195");
		this.accounts.create(new NewAccount("canary.stepup.m3d",
				marker("step-up email", "canary.stepup.m3d@example.test"), record.name().first(), record.name().last(),
				record.dateOfBirth(), record.ssn(), this.hasher.hash(password), "Kites over the river", "flight",
				TestPeople.e164(person), AccountStatus.ACTIVE, 2, "tax-record,sms", Map.of()));
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox, "10.140.0.6");
		assertThat(signIn(browser, "canary.stepup.m3d", password, "step-up sign-in code").getRedirectedUrl())
			.isEqualTo("/account");
		browser.acceptAgreement();
		Map<String, String> account = this.people.financial(person);
		assertThat(browser.page("/federation/step-up")).contains("name=\"last8\"");
		String wrong = marker("step-up wrong digits",
				account.get("last8").equals("58302719") ? "58302720" : "58302719");
		browser.post("/federation/step-up", Map.of("accountType", account.get("accountType"), "last8", wrong));
		marker("step-up account digits", account.get("last8"));
		assertThat(browser.post("/federation/step-up", account).getRedirectedUrl()).isEqualTo("/federation/continue");
		assertThat(this.accounts.findLogin("canary.stepup.m3d").orElseThrow().loa()).isEqualTo(3);
	}

	/**
	 * FED-5: the email, the case number, the emailed code, the file's name and its
	 * contents.
	 */
	private void documentDrop() throws Exception {
		String email = marker("drop email", "canary.drop.h8n4@example.test");
		marker("drop case number", "QK-447139");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox, "10.140.0.5");
		browser.page("/documents");
		assertThat(browser.postAndShow("/documents", Map.of("email", email, "kind", "CASE", "number", "QK-447139")))
			.contains("Enter the code we emailed you");
		assertThat(browser.postAndShow("/documents/code",
				Map.of("code", marker("drop email code", OutboxCodes.latest(this.outbox, email)))))
			.contains("Choose your documents");
		String fileName = marker("drop file name", "quokka-canary-reply-5813.pdf");
		byte[] content = (new String(DocumentFiles.pdf(), StandardCharsets.US_ASCII)
				+ marker("drop file contents", "%Quokka canary page text 7702\n"))
			.getBytes(StandardCharsets.US_ASCII);
		MockHttpServletResponse uploaded = this.mvc
			.perform(MockMvcRequestBuilders.multipart("/documents/upload")
				.file(new MockMultipartFile("files", fileName, "application/pdf", content))
				.cookie(new Cookie("SESSION", browser.session()))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(uploaded.getStatus()).isEqualTo(302);
		assertThat(browser.page(uploaded.getRedirectedUrl())).contains("We received your documents");
	}

	/** Username, password, then the texted code (the marker {@code codeMarker}). */
	private MockHttpServletResponse signIn(SigninDriver browser, String username, String password, String codeMarker)
			throws Exception {
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", username));
		MockHttpServletResponse afterPassword = browser.submit("password", Map.of("password", password));
		assertThat(afterPassword.getStatus()).as("the password is taken").isEqualTo(302);
		String phone = this.accounts.findLogin(username.toLowerCase(Locale.ROOT)).orElseThrow().phoneE164();
		return browser.submit("code", Map.of("code", marker(codeMarker, browser.latestSmsCode(phone))));
	}

	private static String temporaryPassword(String page) {
		Matcher matcher = TEMPORARY_PASSWORD.matcher(page);
		assertThat(matcher.find()).as("the desk shows the temporary password").isTrue();
		return matcher.group(1);
	}

	private String marker(String name, String value) {
		this.markers.put(name, value);
		return value;
	}

}
