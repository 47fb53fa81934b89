package gov.irs.secureaccess.accounts.web;

import java.util.Map;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditEntry;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing the password from the profile: the current one must verify, the new one passes
 * PW-1 and PW-2, the change is emailed (SIGN-9) and audited, and the account's other
 * sessions end while this one stays.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ProfilePasswordTest {

	static final String NEW_PASSWORD = "copper meadow drifting ninety";

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	SignedInBrowsers browsers;

	@BeforeEach
	void browsers() {
		this.browsers = new SignedInBrowsers(this.mvc, this.outbox, this.accounts, this.hasher);
	}

	@Test
	void SIGN_9_whenThePasswordChanges_thenTheNewHashIsStoredOneEmailIsQueuedAndOnlyTheOtherSessionsEnd()
			throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("pw9");
		SigninDriver otherDevice = this.browsers.signIn(person.account());
		assertThat(otherDevice.get("/account").getStatus()).isEqualTo(200);
		assertThat(sessionsOf(person.account().id())).isEqualTo(2);

		MockHttpServletResponse done = change(person.browser(), TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

		assertThat(done.getRedirectedUrl()).isEqualTo("/account");
		assertThat(person.browser().page("/account"))
			.contains("Your password was changed. We emailed you about the change and signed you out everywhere else.");
		assertThat(otherDevice.get("/account").getRedirectedUrl()).endsWith("/sign-in");
		assertThat(sessionsOf(person.account().id())).isEqualTo(1);
		AccountLogin stored = this.accounts.findLogin(person.account().id()).orElseThrow();
		assertThat(stored.passwordHash()).startsWith("$argon2id$");
		assertThat(this.hasher.verify(NEW_PASSWORD, stored.passwordHash())).isTrue();
		assertThat(this.hasher.verify(TestAccounts.PASSWORD, stored.passwordHash())).isFalse();
		assertThat(this.browsers.emailsTo(person.email())).singleElement().satisfies((OutboxEntry email) -> {
			assertThat(email.template()).isEqualTo("security-notice.password_changed");
			assertThat(email.body())
				.contains("The password of your Secure Access account " + person.account().username() + " was changed.")
				.contains("If it was not, call the e-Help Desk")
				.doesNotContain(NEW_PASSWORD);
		});
		assertThat(this.audit.forSubject("account:" + person.account().id(), 1)).singleElement()
			.satisfies((AuditEntry entry) -> assertThat(entry.action()).isEqualTo("password.changed"));

		SigninDriver withNewPassword = new SigninDriver(this.mvc, this.outbox);
		assertThat(withNewPassword.signIn(person.account().username(), NEW_PASSWORD, person.account().phone())
			.getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void SIGN_9_whenTheCurrentPasswordIsWrong_thenTheChangeIsRefusedAndNothingIsStoredOrSent() throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("pw9wrong");
		String before = this.accounts.findLogin(person.account().id()).orElseThrow().passwordHash();

		assertThat(content(change(person.browser(), "not my password at all", NEW_PASSWORD, NEW_PASSWORD)))
			.contains("Your current password is not right. Check it and try again.");
		assertThat(content(change(person.browser(), TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x")))
			.contains("The two new passwords are not the same.");
		assertThat(content(change(person.browser(), "", NEW_PASSWORD, NEW_PASSWORD)))
			.contains("Enter your current password.");

		assertThat(this.accounts.findLogin(person.account().id()).orElseThrow().passwordHash()).isEqualTo(before);
		assertThat(this.browsers.emailsTo(person.email())).isEmpty();
		assertThat(this.audit.forSubject("account:" + person.account().id(), 1)).singleElement()
			.satisfies((AuditEntry entry) -> assertThat(entry.action()).isEqualTo("password.change.failed"));
	}

	@Test
	void SIGN_9_whenTheCurrentPasswordIsWrongFiveTimes_thenEvenTheRightOneWaitsFifteenMinutes() throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("pw9limit");
		for (int i = 0; i < 5; i++) {
			assertThat(content(change(person.browser(), "wrong guess number " + i, NEW_PASSWORD, NEW_PASSWORD)))
				.contains("Your current password is not right.");
		}

		assertThat(content(change(person.browser(), TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)))
			.contains("There were too many tries with a wrong current password. Try again in 15 minutes.");
		assertThat(this.hasher.verify(TestAccounts.PASSWORD,
				this.accounts.findLogin(person.account().id()).orElseThrow().passwordHash()))
			.isTrue();
	}

	@Test
	void PW_2_whenTheNewPasswordIsCommonOrContainsTheUsername_thenItIsRefusedWithWhyInEnglishAndSpanish()
			throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("pw2");

		assertThat(content(change(person.browser(), TestAccounts.PASSWORD, "password1234", "password1234")))
			.contains("This password is on a list of common or breached passwords that attackers try first.");
		String withUsername = "my " + person.account().username() + " secret";
		assertThat(content(change(person.browser(), TestAccounts.PASSWORD, withUsername, withUsername)))
			.contains("Your password can’t contain your username.");
		assertThat(content(change(person.browser(), TestAccounts.PASSWORD, "short one", "short one")))
			.contains("Use at least 12 characters.");

		person.browser().page("/account/password?lang=es");
		assertThat(content(change(person.browser(), TestAccounts.PASSWORD, "password1234", "password1234")))
			.contains("Esta contraseña figura en una lista de contraseñas comunes o filtradas");

		assertThat(this.hasher.verify(TestAccounts.PASSWORD,
				this.accounts.findLogin(person.account().id()).orElseThrow().passwordHash()))
			.isTrue();
		assertThat(this.browsers.emailsTo(person.email())).isEmpty();
	}

	private static MockHttpServletResponse change(SigninDriver browser, String current, String next, String again)
			throws Exception {
		return browser.post("/account/password",
				Map.of("currentPassword", current, "newPassword", next, "newPasswordConfirm", again));
	}

	private static String content(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private int sessionsOf(long accountId) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", "account:" + accountId)
			.query(Integer.class)
			.single();
	}

}
