package gov.irs.secureaccess.recovery;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forgot password (SIGN-7): username and email, the texted code, a new password (PW-1,
 * PW-2); the reset lifts every lock (SIGN-5), ends every session and is emailed (SIGN-9).
 */
@IntegrationTest
@AutoConfigureMockMvc
class RecoveryPasswordTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	JdbcClient jdbc;

	@Test
	void SIGN_7_whenTheUsernameOrEmailMatchesNoAccount_thenThePagesAreTheSameAsForAMatchingPair() throws Exception {
		RecoveryAccounts.Made account = RecoveryAccounts.active(this.accounts, this.hasher, "pwsame");
		RecoveryDriver known = browser();
		RecoveryDriver wrongEmail = browser();
		RecoveryDriver unknownUser = browser();

		MockHttpServletResponse[] posts = new MockHttpServletResponse[3];
		String[] codePages = new String[3];
		String[] wrongCodePages = new String[3];
		RecoveryDriver[] browsers = { known, wrongEmail, unknownUser };
		String[][] typed = { { account.username(), account.email() },
				{ account.username(), "other.pwsame@example.test" }, { "no.such.user.pwsame", account.email() } };
		for (int i = 0; i < 3; i++) {
			browsers[i].page(RecoveryDriver.PASSWORD);
			posts[i] = browsers[i].post(RecoveryDriver.PASSWORD,
					Map.of("step", "identify", "username", typed[i][0], "email", typed[i][1]));
			MockHttpServletResponse codePage = browsers[i].get(RecoveryDriver.PASSWORD);
			assertThat(codePage.getStatus()).isEqualTo(200);
			codePages[i] = RecoveryDriver.withoutCsrf(codePage.getContentAsString());
			wrongCodePages[i] = RecoveryDriver
				.withoutCsrf(browsers[i].step(RecoveryDriver.PASSWORD, "code", Map.of("code", "123456")));
		}
		for (int i = 1; i < 3; i++) {
			assertThat(posts[i].getStatus()).isEqualTo(posts[0].getStatus()).isEqualTo(302);
			assertThat(posts[i].getRedirectedUrl()).isEqualTo(posts[0].getRedirectedUrl());
			assertThat(codePages[i]).isEqualTo(codePages[0]);
			assertThat(wrongCodePages[i]).isEqualTo(wrongCodePages[0]);
		}
		assertThat(codePages[0]).contains("If an account matches what you entered, we texted a 6-digit code");
		assertThat(wrongCodePages[0]).contains("That code is not right");
		assertThat(known.textsTo(account.phone())).isEqualTo(1);
	}

	@Test
	void SIGN_7_whenThePasswordIsReset_thenTheNewOneSignsInTheOldDoesNotAndEverySessionEnds() throws Exception {
		RecoveryAccounts.Made account = RecoveryAccounts.active(this.accounts, this.hasher, "reset");
		RecoveryDriver before = browser();
		assertThat(before.signIn(account.username(), RecoveryAccounts.PASSWORD, account.phone()).getRedirectedUrl())
			.isEqualTo("/account");
		before.post("/account/agreement/accept", Map.of());
		assertThat(before.get("/account").getStatus()).isEqualTo(200);

		String done = reset(account, RecoveryAccounts.NEW_PASSWORD);

		assertThat(done).contains("Your password was reset")
			.contains("Sign in with your username and your new password.");
		assertThat(before.get("/account").getRedirectedUrl()).endsWith("/sign-in");
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", "account:" + account.id())
			.query(Integer.class)
			.single()).isZero();
		String stored = this.accounts.findLogin(account.id()).orElseThrow().passwordHash();
		assertThat(stored).startsWith("$argon2id$");
		assertThat(this.hasher.verify(RecoveryAccounts.NEW_PASSWORD, stored)).isTrue();

		RecoveryDriver old = browser();
		MockHttpServletResponse refused = old.signIn(account.username(), RecoveryAccounts.PASSWORD, account.phone());
		assertThat(refused.getContentAsString()).contains("The username or password is not right");
		assertThat(
				browser().signIn(account.username(), RecoveryAccounts.NEW_PASSWORD, account.phone()).getRedirectedUrl())
			.isEqualTo("/account");

		assertThat(browser().emailsTo(account.email()))
			.anySatisfy((email) -> assertThat(email.body()).contains("The password of your Secure Access account "
					+ account.username() + " was reset, and every session was signed out."));
		assertThat(this.jdbc
			.sql("select details from audit_event where action = 'recovery.password.reset' and subject = :s")
			.param("s", "account:" + account.id())
			.query(String.class)
			.single()).contains("sessionsEnded").contains("1");
		assertThat(auditCount("recovery.password.verified", account)).isEqualTo(1);
	}

	@Test
	void SIGN_7_SIGN_5_whenTheAccountIsLockedAtTheHundredFailureCeiling_thenTheResetLiftsTheLock() throws Exception {
		RecoveryAccounts.Made account = RecoveryAccounts.active(this.accounts, this.hasher, "ceiling");
		this.jdbc.sql("insert into account_signin_state (account_id, consecutive_failures) values (:id, 99)")
			.param("id", account.id())
			.update();
		assertThat(
				browser().signIn(account.username(), "not the password at all", account.phone()).getContentAsString())
			.contains("stopped until the password is reset");
		assertThat(
				browser().signIn(account.username(), RecoveryAccounts.PASSWORD, account.phone()).getContentAsString())
			.contains("stopped until the password is reset");

		reset(account, RecoveryAccounts.NEW_PASSWORD);

		assertThat(
				browser().signIn(account.username(), RecoveryAccounts.NEW_PASSWORD, account.phone()).getRedirectedUrl())
			.isEqualTo("/account");
		assertThat(this.jdbc.sql("select consecutive_failures from account_signin_state where account_id = :id")
			.param("id", account.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void PW_2_SIGN_7_whenTheNewPasswordIsCommonShortHoldsTheUsernameOrDiffers_thenThePageSaysWhyInBothLanguages()
			throws Exception {
		RecoveryAccounts.Made account = RecoveryAccounts.active(this.accounts, this.hasher, "weak");
		RecoveryDriver browser = browser();
		browser.askPassword(account.username(), account.email());
		String page = browser.step(RecoveryDriver.PASSWORD, "code",
				Map.of("code", browser.latestSmsCode(account.phone())));
		assertThat(page).contains("Choose a new password")
			.contains("for=\"password\"")
			.contains("for=\"passwordConfirm\"");

		assertThat(newPassword(browser, "password1234", "password1234"))
			.contains("This password is on a list of common or breached passwords that attackers try first.");
		assertThat(newPassword(browser, "short one", "short one")).contains("Use at least 12 characters.");
		assertThat(
				newPassword(browser, "my " + account.username() + " forever", "my " + account.username() + " forever"))
			.contains("Your password can’t contain your username.");
		assertThat(newPassword(browser, RecoveryAccounts.NEW_PASSWORD, RecoveryAccounts.NEW_PASSWORD + "x"))
			.contains("The two passwords are not the same.");
		assertThat(browser.page(RecoveryDriver.PASSWORD + "?lang=es")).contains("Elija una contraseña nueva");
		assertThat(newPassword(browser, "password1234", "password1234"))
			.contains("Esta contraseña figura en una lista de contraseñas comunes o filtradas");
		assertThat(this.hasher.verify(RecoveryAccounts.PASSWORD,
				this.accounts.findLogin(account.id()).orElseThrow().passwordHash()))
			.isTrue();
	}

	@Test
	void SIGN_7_whenTheAccountAwaitsItsActivationLetter_thenTheSecretQuestionsTakeThePlaceOfTheCode() throws Exception {
		RecoveryAccounts.Made account = RecoveryAccounts.awaitingActivation(this.accounts, this.hasher, "mailpath");
		RecoveryDriver browser = browser();
		assertThat(browser.askPassword(account.username(), account.email())).contains("Enter the code we texted");
		assertThat(browser.step(RecoveryDriver.PASSWORD, "code", Map.of("code", "123456")))
			.contains("That code is not right");

		String questions = browser.postAndShow(RecoveryDriver.PASSWORD + "/questions", Map.of());
		assertThat(questions)
			.containsSubsequence("Where was your first job?", "What was the name of your first school?")
			.contains("<label class=\"usa-label\" for=\"answer1\"")
			.contains("<label class=\"usa-label\" for=\"answer2\"");
		assertThat(browser.step(RecoveryDriver.PASSWORD, "questions",
				Map.of("answer1", RecoveryAccounts.JOB, "answer2", "Somewhere else")))
			.contains("The answers are not right");

		String next = browser.step(RecoveryDriver.PASSWORD, "questions",
				Map.of("answer1", "  " + RecoveryAccounts.JOB.toUpperCase() + " ", "answer2", RecoveryAccounts.SCHOOL));
		assertThat(next).contains("Choose a new password");
		assertThat(newPassword(browser, RecoveryAccounts.NEW_PASSWORD, RecoveryAccounts.NEW_PASSWORD))
			.contains("Your password was reset");
		assertThat(this.hasher.verify(RecoveryAccounts.NEW_PASSWORD,
				this.accounts.findLogin(account.id()).orElseThrow().passwordHash()))
			.isTrue();
		assertThat(this.jdbc
			.sql("select details from audit_event where action = 'recovery.password.verified' and subject = :s")
			.param("s", "account:" + account.id())
			.query(String.class)
			.single()).contains("secret-questions");

		RecoveryDriver reminder = browser();
		reminder.askUsername(account.email());
		reminder.postAndShow(RecoveryDriver.USERNAME + "/questions", Map.of());
		assertThat(reminder.step(RecoveryDriver.USERNAME, "questions",
				Map.of("answer1", RecoveryAccounts.JOB, "answer2", RecoveryAccounts.SCHOOL)))
			.contains("Your username is " + account.username() + ".");
	}

	@Test
	void SIGN_7_whenAnAccountWithAPhoneOrNoAccountTriesTheQuestions_thenDecoyQuestionsAcceptNoAnswer()
			throws Exception {
		RecoveryAccounts.Made account = RecoveryAccounts.active(this.accounts, this.hasher, "decoyq");
		RecoveryDriver first = browser();
		first.askPassword("nobody.decoyq", "nobody.decoyq@example.test");
		String decoy = first.postAndShow(RecoveryDriver.PASSWORD + "/questions", Map.of());
		RecoveryDriver second = browser();
		second.askPassword("nobody.decoyq", "nobody.decoyq@example.test");
		String again = second.postAndShow(RecoveryDriver.PASSWORD + "/questions", Map.of());
		assertThat(labels(decoy)).isEqualTo(labels(again)).matches("[^|]+\\?\\|[^|]+\\?\\|");
		assertThat(first.step(RecoveryDriver.PASSWORD, "questions",
				Map.of("answer1", RecoveryAccounts.SCHOOL, "answer2", RecoveryAccounts.JOB)))
			.contains("The answers are not right");

		RecoveryDriver withPhone = browser();
		withPhone.askPassword(account.username(), account.email());
		withPhone.postAndShow(RecoveryDriver.PASSWORD + "/questions", Map.of());
		for (int i = 0; i < 2; i++) {
			assertThat(withPhone.step(RecoveryDriver.PASSWORD, "questions",
					Map.of("answer1", RecoveryAccounts.SCHOOL, "answer2", RecoveryAccounts.JOB)))
				.contains("The answers are not right");
		}
		assertThat(withPhone.step(RecoveryDriver.PASSWORD, "questions",
				Map.of("answer1", RecoveryAccounts.SCHOOL, "answer2", RecoveryAccounts.JOB)))
			.contains("Too many tries");
	}

	// SIGN-7, PW-3 (issue 13 item 5): a reset must change the password; the current one
	// is refused, and a new one passes
	@Test
	void SIGN_7_whenTheNewPasswordIsTheCurrentOne_thenItIsRefusedAndTheHashStays() throws Exception {
		RecoveryAccounts.Made account = RecoveryAccounts.active(this.accounts, this.hasher, "samepw");
		String before = this.accounts.findLogin(account.id()).orElseThrow().passwordHash();

		String page = reset(account, RecoveryAccounts.PASSWORD);

		assertThat(page).contains("This is your current password.").contains("Choose a new password");
		assertThat(this.accounts.findLogin(account.id()).orElseThrow().passwordHash()).isEqualTo(before);
	}

	private String reset(RecoveryAccounts.Made account, String newPassword) throws Exception {
		RecoveryDriver browser = browser();
		browser.askPassword(account.username(), account.email());
		browser.step(RecoveryDriver.PASSWORD, "code", Map.of("code", browser.latestSmsCode(account.phone())));
		return newPassword(browser, newPassword, newPassword);
	}

	private static String newPassword(RecoveryDriver browser, String password, String again) throws Exception {
		return browser.step(RecoveryDriver.PASSWORD, "new-password",
				Map.of("password", password, "passwordConfirm", again));
	}

	private static String labels(String page) {
		StringBuilder labels = new StringBuilder();
		Matcher matcher = Pattern.compile("<label[^>]*>([^<]*)</label>").matcher(page);
		while (matcher.find()) {
			labels.append(matcher.group(1)).append('|');
		}
		return labels.toString();
	}

	private RecoveryDriver browser() {
		return new RecoveryDriver(this.mvc, this.outbox);
	}

	private int auditCount(String action, RecoveryAccounts.Made account) {
		return this.jdbc.sql("select count(*) from audit_event where action = :action and subject = :subject")
			.param("action", action)
			.param("subject", "account:" + account.id())
			.query(Integer.class)
			.single();
	}

}
