package gov.irs.secureaccess.signin;

import java.time.Duration;
import java.util.Map;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Signing in: username, then site image and phrase, then password, then the texted code
 * (SIGN-1 to SIGN-6).
 */
@IntegrationTest
@AutoConfigureMockMvc
class SigninTest {

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

	@Autowired
	MutableClock clock;

	@Test
	void SIGN_1_whenUsernamePasswordAndTextedCodeAreGiven_thenTheAccountPageOpensAndTheSessionIdChanges()
			throws Exception {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "sign1");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		assertThat(browser.get("/account").getRedirectedUrl()).endsWith("/sign-in");

		assertThat(browser.page("/sign-in")).contains("Username");
		String before = browser.session();
		String passwordPage = browser.submitAndShow("username", Map.of("username", account.username()));
		assertThat(passwordPage).contains("Kites over the river").contains("/uswds/img/usa-icons/flight");
		String codePage = browser.submitAndShow("password", Map.of("password", TestAccounts.PASSWORD));
		assertThat(codePage).contains("Enter your security code").contains("10 minutes");
		MockHttpServletResponse done = browser.submit("code", Map.of("code", browser.latestSmsCode(account.phone())));

		assertThat(done.getRedirectedUrl()).isEqualTo("/account");
		assertThat(browser.session()).isNotNull().isNotEqualTo(before);
		browser.acceptAgreement();
		assertThat(browser.page("/account")).contains("You are signed in as " + account.username());
	}

	@Test
	void SIGN_2_whenTheTextedCodeIsTenMinutesOld_thenItIsRefusedAndACodeWorksOnlyOnce() throws Exception {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "sign2");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", account.username()));
		browser.submit("password", Map.of("password", TestAccounts.PASSWORD));
		String code = browser.latestSmsCode(account.phone());

		this.clock.advance(Duration.ofMinutes(10));

		assertThat(browser.submitAndShow("code", Map.of("code", code))).contains("That code has expired");

		SigninDriver again = new SigninDriver(this.mvc, this.outbox);
		again.page("/sign-in");
		again.submit("username", Map.of("username", account.username()));
		again.submit("password", Map.of("password", TestAccounts.PASSWORD));
		String fresh = again.latestSmsCode(account.phone());
		this.clock.advance(Duration.ofMinutes(9).plusSeconds(59));
		assertThat(again.submit("code", Map.of("code", fresh)).getRedirectedUrl()).isEqualTo("/account");

		SigninDriver replay = new SigninDriver(this.mvc, this.outbox);
		replay.page("/sign-in");
		replay.submit("username", Map.of("username", account.username()));
		replay.submit("password", Map.of("password", TestAccounts.PASSWORD));
		assertThat(replay.submitAndShow("code", Map.of("code", fresh))).contains("That is not the code we sent");
	}

	@Test
	void SIGN_4_whenTheUsernameIsUnknown_thenADecoyImageAndPhraseStayTheSameForThatName() throws Exception {
		String first = passwordPageFor("nobody.here.42");
		String second = passwordPageFor("nobody.here.42");
		String other = passwordPageFor("someone.else.77");

		assertThat(siteBlock(first)).isEqualTo(siteBlock(second)).contains("usa-icons/");
		assertThat(siteBlock(other)).isNotEqualTo(siteBlock(first));
		assertThat(first).contains("Your site image and phrase")
			.doesNotContain("not found")
			.doesNotContain("no account");
	}

	@Test
	void SIGN_5_whenFivePasswordsAreWrong_thenTheAccountLocksFifteenMinutesWithoutSayingIfTheLastWasRight()
			throws Exception {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "sign5");
		String page = "";
		for (int i = 0; i < 5; i++) {
			page = wrongPassword(account.username());
		}
		assertThat(page).contains("sign-in to this account is paused. Try again in 15 minutes");

		SigninDriver right = new SigninDriver(this.mvc, this.outbox);
		right.page("/sign-in");
		right.submit("username", Map.of("username", account.username()));
		assertThat(right.submitAndShow("password", Map.of("password", TestAccounts.PASSWORD)))
			.contains("sign-in to this account is paused")
			.doesNotContain("Enter your security code");

		this.clock.advance(Duration.ofMinutes(15));
		assertThat(new SigninDriver(this.mvc, this.outbox)
			.signIn(account.username(), TestAccounts.PASSWORD, account.phone())
			.getRedirectedUrl()).isEqualTo("/account");
		assertThat(this.jdbc.sql("select consecutive_failures from account_signin_state where account_id = :id")
			.param("id", account.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void SIGN_5_whenAnUnknownUsernameFailsFiveTimes_thenItLooksLockedLikeARealOne() throws Exception {
		String page = "";
		for (int i = 0; i < 5; i++) {
			page = wrongPassword("ghost.user.55");
		}
		assertThat(page).contains("sign-in to this account is paused. Try again in 15 minutes");
	}

	@Test
	void SIGN_5_whenTheHundredthConsecutiveFailureComes_thenOnlyAPasswordResetUnlocks() throws Exception {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "sign5cap");
		this.jdbc.sql("insert into account_signin_state (account_id, consecutive_failures) values (:id, 99)")
			.param("id", account.id())
			.update();

		assertThat(wrongPassword(account.username())).contains("stopped until the password is reset");
		this.clock.advance(Duration.ofDays(30));
		assertThat(wrongPassword(account.username())).contains("stopped until the password is reset");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SigninProperties(5, Duration.ofMinutes(15), 101, 50, Duration.ofMinutes(15),
					Duration.ofHours(12)))
			.withMessageContaining("NIST");
	}

	@Test
	void SIGN_6_whenSignedIn_thenTheSessionIsInPostgresWithFifteenMinutesIdleAndSignOutDeletesIt() throws Exception {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "sign6");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.signIn(account.username(), TestAccounts.PASSWORD, account.phone());

		Map<String, Object> row = this.jdbc.sql("select * from spring_session where principal_name = :name")
			.param("name", "account:" + account.id())
			.query()
			.singleRow();
		assertThat(row.get("max_inactive_interval")).isEqualTo(900);

		browser.post("/sign-out");

		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", "account:" + account.id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(browser.get("/account").getRedirectedUrl()).endsWith("/sign-in");
	}

	@Test
	void SIGN_6_whenTwelveHoursHavePassedSinceSignIn_thenTheSessionEndsHoweverActive() throws Exception {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "sign6abs");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.signIn(account.username(), TestAccounts.PASSWORD, account.phone());
		browser.acceptAgreement();

		this.clock.advance(Duration.ofHours(11).plusMinutes(59));
		assertThat(browser.get("/account").getStatus()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(1));

		assertThat(browser.get("/account").getRedirectedUrl()).endsWith("/sign-in?sessionEnded");
		assertThat(browser.page("/sign-in?sessionEnded")).contains("you were signed out");
	}

	@Test
	void SIGN_6_whenFifteenMinutesPassWithoutActivity_thenTheSessionHasEnded() throws Exception {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "sign6idle");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.signIn(account.username(), TestAccounts.PASSWORD, account.phone());
		browser.acceptAgreement();
		assertThat(browser.get("/account").getStatus()).isEqualTo(200);

		// The session store keeps time in its rows: move this session's last access 15
		// minutes into the past.
		long fifteenMinutes = Duration.ofMinutes(15).toMillis();
		this.jdbc.sql("""
				update spring_session set last_access_time = last_access_time - :ms, expiry_time = expiry_time - :ms
				 where principal_name = :name
				""").param("ms", fifteenMinutes + 1000).param("name", "account:" + account.id()).update();

		assertThat(browser.get("/account").getRedirectedUrl()).endsWith("/sign-in");
	}

	@Test
	void SIGN_6_whenSignedIn_thenEveryPageCarriesTheWarningBeforeTheIdleEndAndAnonymousPagesDoNot() throws Exception {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "sign6warn");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		assertThat(browser.page("/")).doesNotContain("session-warning");
		browser.signIn(account.username(), TestAccounts.PASSWORD, account.phone());
		browser.acceptAgreement();

		String page = browser.page("/account");

		assertThat(page).contains("id=\"session-warning\"")
			.contains("data-idle-seconds=\"900\"")
			.contains("data-warn-seconds=\"120\"")
			.contains("/js/session-warning")
			.contains("signed out in 2 minutes");
	}

	private String passwordPageFor(String username) throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in");
		return browser.submitAndShow("username", Map.of("username", username));
	}

	private String wrongPassword(String username) throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", username));
		return browser.submitAndShow("password", Map.of("password", "not the password at all"));
	}

	private static String siteBlock(String page) {
		int start = page.indexOf("usa-summary-box__body");
		return page.substring(start, page.indexOf("</div>", page.indexOf("<p class=\"margin-0", start)));
	}

}
