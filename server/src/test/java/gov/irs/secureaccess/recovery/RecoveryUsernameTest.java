package gov.irs.secureaccess.recovery;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forgot username (SIGN-7): email, then the texted code; the username is shown once and
 * emailed.
 */
@IntegrationTest
@AutoConfigureMockMvc
class RecoveryUsernameTest {

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
	void SIGN_7_whenTheEmailIsUnknown_thenThePageIsTheSameAsForAKnownOne() throws Exception {
		RecoveryAccounts.Made account = RecoveryAccounts.active(this.accounts, this.hasher, "same");
		RecoveryDriver known = browser();
		RecoveryDriver unknown = browser();
		String knownForm = known.page(RecoveryDriver.USERNAME);
		String unknownForm = unknown.page(RecoveryDriver.USERNAME);
		assertThat(RecoveryDriver.withoutCsrf(unknownForm)).isEqualTo(RecoveryDriver.withoutCsrf(knownForm));

		MockHttpServletResponse knownPost = known.post(RecoveryDriver.USERNAME,
				Map.of("step", "identify", "email", account.email()));
		MockHttpServletResponse unknownPost = unknown.post(RecoveryDriver.USERNAME,
				Map.of("step", "identify", "email", "nobody.same@example.test"));
		assertThat(unknownPost.getStatus()).isEqualTo(knownPost.getStatus()).isEqualTo(302);
		assertThat(unknownPost.getRedirectedUrl()).isEqualTo(knownPost.getRedirectedUrl())
			.isEqualTo(RecoveryDriver.USERNAME);

		MockHttpServletResponse knownCode = known.get(RecoveryDriver.USERNAME);
		MockHttpServletResponse unknownCode = unknown.get(RecoveryDriver.USERNAME);
		assertThat(unknownCode.getStatus()).isEqualTo(knownCode.getStatus()).isEqualTo(200);
		assertThat(RecoveryDriver.withoutCsrf(unknownCode.getContentAsString()))
			.isEqualTo(RecoveryDriver.withoutCsrf(knownCode.getContentAsString()))
			.contains(
					"If an account matches what you entered, we texted a 6-digit code to the phone on that account. It works for 10 minutes and only once.");
		assertThat(StringUtils.countOccurrencesOf(knownCode.getContentAsString(), "name=\"_csrf\""))
			.as("the code, questions and start-again forms all carry the CSRF token")
			.isEqualTo(3);

		String knownWrong = known.step(RecoveryDriver.USERNAME, "code", Map.of("code", "000000"));
		String unknownWrong = unknown.step(RecoveryDriver.USERNAME, "code", Map.of("code", "000000"));
		assertThat(RecoveryDriver.withoutCsrf(unknownWrong)).isEqualTo(RecoveryDriver.withoutCsrf(knownWrong))
			.contains("That code is not right. Check it and try again.");
		assertThat(known.textsTo(account.phone())).isEqualTo(1);
		assertThat(auditCount("recovery.no-match")).isPositive();
	}

	@Test
	void SIGN_7_whenTheTextedCodeIsRight_thenTheUsernameIsShownOnceAndEmailed() throws Exception {
		RecoveryAccounts.Made account = RecoveryAccounts.active(this.accounts, this.hasher, "remind");
		RecoveryDriver browser = browser();
		browser.askUsername(account.email().toUpperCase());
		String sms = this.outbox.newest(50)
			.stream()
			.filter((e) -> account.phone().equals(e.recipient()))
			.findFirst()
			.orElseThrow()
			.body();
		assertThat(sms).contains("your code to recover your account is").contains("10 minutes");

		String done = browser.step(RecoveryDriver.USERNAME, "code",
				Map.of("code", browser.latestSmsCode(account.phone())));

		assertThat(done).contains("Your username is " + account.username() + ".")
			.contains("We also emailed it to the address on your account.");
		assertThat(browser.emailsTo(account.email())).anySatisfy((email) -> assertThat(email.body())
			.contains("Someone asked for a reminder of your Secure Access username: it is " + account.username()));
		assertThat(auditCount("recovery.username.reminded", "account:" + account.id())).isEqualTo(1);
		assertThat(browser.page(RecoveryDriver.USERNAME)).doesNotContain(account.username())
			.contains("Forgot your username?");
	}

	@Test
	void SIGN_7_whenTheCodeIsWrongExpiredOrAlreadyUsed_thenItIsRefused() throws Exception {
		RecoveryAccounts.Made account = RecoveryAccounts.active(this.accounts, this.hasher, "codes");
		RecoveryDriver first = browser();
		first.askUsername(account.email());
		String code = first.latestSmsCode(account.phone());
		String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
		assertThat(first.step(RecoveryDriver.USERNAME, "code", Map.of("code", wrong)))
			.contains("That code is not right");

		this.clock.advance(Duration.ofMinutes(10));
		assertThat(first.step(RecoveryDriver.USERNAME, "code", Map.of("code", code))).contains("That code has expired")
			.doesNotContain("Your username is");

		RecoveryDriver second = browser();
		second.askUsername(account.email());
		String fresh = second.latestSmsCode(account.phone());
		this.clock.advance(Duration.ofMinutes(9).plusSeconds(59));
		assertThat(second.step(RecoveryDriver.USERNAME, "code", Map.of("code", fresh)))
			.contains("Your username is " + account.username());

		RecoveryDriver replay = browser();
		replay.askUsername(account.email());
		assertThat(replay.step(RecoveryDriver.USERNAME, "code", Map.of("code", fresh)))
			.contains("That code is not right")
			.doesNotContain("Your username is");
	}

	@Test
	void SIGN_7_whenFiveCodesAreWrong_thenTheStepIsSpentAndEvenTheRightCodeNoLongerWorks() throws Exception {
		RecoveryAccounts.Made account = RecoveryAccounts.active(this.accounts, this.hasher, "spent");
		RecoveryDriver browser = browser();
		browser.askUsername(account.email());
		String code = browser.latestSmsCode(account.phone());
		String wrong = String.format("%06d", (Integer.parseInt(code) + 7) % 1_000_000);
		String page = "";
		for (int i = 1; i <= 4; i++) {
			page = browser.step(RecoveryDriver.USERNAME, "code", Map.of("code", wrong));
		}
		assertThat(page).contains("You can try 1 more time before");
		assertThat(browser.step(RecoveryDriver.USERNAME, "code", Map.of("code", wrong))).contains("Too many tries");

		assertThat(browser.step(RecoveryDriver.USERNAME, "code", Map.of("code", code))).contains("Too many tries")
			.doesNotContain(account.username());
		assertThat(auditCount("recovery.code.failed", "account:" + account.id())).isEqualTo(5);
	}

	@Test
	void SIGN_7_whenOneEmailIsAskedForTooOftenFromOneAddress_thenFurtherRequestsWaitWhetherOrNotItHasAnAccount()
			throws Exception {
		RecoveryAccounts.Made account = RecoveryAccounts.active(this.accounts, this.hasher, "limit");
		String here = RecoveryDriver.nextAddress();
		String knownPage = "";
		String unknownPage = "";
		for (int i = 0; i < 6; i++) {
			knownPage = new RecoveryDriver(this.mvc, this.outbox, here).askUsername(account.email());
			unknownPage = new RecoveryDriver(this.mvc, this.outbox, here).askUsername("nobody.limit@example.test");
		}
		assertThat(knownPage).contains(
				"There were too many requests for this email address or from this device. Try again in 60 minutes.");
		assertThat(unknownPage).contains(
				"There were too many requests for this email address or from this device. Try again in 60 minutes.");
		assertThat(browser().textsTo(account.phone())).isEqualTo(5);

		String address = RecoveryDriver.nextAddress();
		String page = "";
		for (int i = 0; i < 21; i++) {
			page = new RecoveryDriver(this.mvc, this.outbox, address).askUsername("someone" + i + ".addr@example.test");
		}
		assertThat(page).contains("too many requests for this email address or from this device");

		this.clock.advance(Duration.ofHours(1));
		assertThat(new RecoveryDriver(this.mvc, this.outbox, here).askUsername(account.email()))
			.contains("Enter the code we texted");
	}

	@Test
	@DisplayName("SIGN-7: a stranger's requests for someone's email use up the stranger's allowance, never the owner's")
	void SIGN_7_whenAStrangerHasUsedUpTheirRequestsForMyEmail_thenICanStillRecoverFromMyDevice() throws Exception {
		RecoveryAccounts.Made account = RecoveryAccounts.active(this.accounts, this.hasher, "blocked");
		for (String stranger : List.of(RecoveryDriver.nextAddress(), RecoveryDriver.nextAddress())) {
			for (int i = 0; i < 6; i++) {
				new RecoveryDriver(this.mvc, this.outbox, stranger).askUsername(account.email());
				new RecoveryDriver(this.mvc, this.outbox, stranger).askPassword(account.username(), account.email());
			}
			assertThat(new RecoveryDriver(this.mvc, this.outbox, stranger).askUsername(account.email()))
				.as("the stranger is limited")
				.contains("too many requests");
		}
		long textsBefore = browser().textsTo(account.phone());

		RecoveryDriver owner = browser();
		String page = owner.askPassword(account.username(), account.email());

		assertThat(page).contains("Enter the code we texted").doesNotContain("too many requests");
		assertThat(owner.textsTo(account.phone())).isEqualTo(textsBefore + 1);
		page = owner.step(RecoveryDriver.PASSWORD, "code", Map.of("code", owner.latestSmsCode(account.phone())));
		assertThat(page).as("the owner's recovery goes on to the new password").contains("Choose a new password");
	}

	@Test
	void SIGN_7_whenThePageIsAskedForInSpanish_thenItIsInSpanish() throws Exception {
		RecoveryDriver browser = browser();
		assertThat(browser.page(RecoveryDriver.USERNAME + "?lang=es")).contains("¿Olvidó su nombre de usuario?")
			.contains("Correo electrónico");
		assertThat(browser.step(RecoveryDriver.USERNAME, "identify", Map.of("email", "nadie.es@example.test")))
			.contains("Si una cuenta coincide con lo que escribió");
		assertThat(browser.page("/sign-in")).contains("href=\"/sign-in/forgot-username\"")
			.contains("href=\"/sign-in/forgot-password\"");
	}

	private RecoveryDriver browser() {
		return new RecoveryDriver(this.mvc, this.outbox);
	}

	private int auditCount(String action) {
		return this.jdbc.sql("select count(*) from audit_event where action = :action")
			.param("action", action)
			.query(Integer.class)
			.single();
	}

	private int auditCount(String action, String subject) {
		return this.jdbc.sql("select count(*) from audit_event where action = :action and subject = :subject")
			.param("action", action)
			.param("subject", subject)
			.query(Integer.class)
			.single();
	}

}
