package gov.irs.secureaccess.recovery;

import java.time.Duration;
import java.util.HashMap;
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

/**
 * SIGN-7 pages under odd input: huge fields, missing fields, stale journeys. Clear
 * messages, never a 500.
 */
@IntegrationTest
@AutoConfigureMockMvc
class RecoveryBadInputTest {

	private static final String HUGE = "a".repeat(10_000);

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
	void SIGN_7_whenFieldsHoldTenThousandCharacters_thenThePageSaysSoAndThePasswordStaysAsItWas() throws Exception {
		RecoveryDriver browser = browser();
		browser.page(RecoveryDriver.PASSWORD);
		assertRefused(browser, RecoveryDriver.PASSWORD, "identify", Map.of("username", HUGE, "email", "a@example.test"),
				"Use no more than 200 characters.");
		assertRefused(browser, RecoveryDriver.PASSWORD, "identify",
				Map.of("username", "someone", "email", HUGE + "@example.test"), "Use no more than 200 characters.");
		assertRefused(browser, RecoveryDriver.PASSWORD, "identify",
				Map.of("username", "someone", "email", "not an email"),
				"Enter an email address like name@example.com.");

		RecoveryAccounts.Made account = RecoveryAccounts.active(this.accounts, this.hasher, "huge");
		browser.step(RecoveryDriver.PASSWORD, "identify",
				Map.of("username", account.username(), "email", account.email()));
		assertRefused(browser, RecoveryDriver.PASSWORD, "code", Map.of("code", HUGE),
				"Enter the 6-digit code from the text message.");
		browser.step(RecoveryDriver.PASSWORD, "code", Map.of("code", browser.latestSmsCode(account.phone())));
		assertRefused(browser, RecoveryDriver.PASSWORD, "new-password",
				Map.of("password", HUGE, "passwordConfirm", HUGE), "Use no more than 256 characters.");
		String huge300 = "word ".repeat(60) + "end";
		assertRefused(browser, RecoveryDriver.PASSWORD, "new-password",
				Map.of("password", huge300, "passwordConfirm", huge300), "Use no more than 256 characters.");
		assertThat(this.hasher.verify(RecoveryAccounts.PASSWORD,
				this.accounts.findLogin(account.id()).orElseThrow().passwordHash()))
			.isTrue();

		RecoveryDriver questions = browser();
		questions.askUsername("huge.questions@example.test");
		questions.postAndShow(RecoveryDriver.USERNAME + "/questions", Map.of());
		assertRefused(questions, RecoveryDriver.USERNAME, "questions", Map.of("answer1", HUGE, "answer2", HUGE),
				"Use no more than 200 characters.");
	}

	@Test
	void SIGN_7_whenFieldsAreMissing_thenThePageAsksForThemWithoutSpendingATry() throws Exception {
		RecoveryDriver browser = browser();
		browser.page(RecoveryDriver.PASSWORD);
		assertRefused(browser, RecoveryDriver.PASSWORD, "identify", Map.of(), "Enter your username.");
		assertRefused(browser, RecoveryDriver.PASSWORD, "identify", Map.of("username", "someone"),
				"Enter your email address.");
		String page = browser.step(RecoveryDriver.PASSWORD, "identify", Map.of("username", "someone", "email", "  "));
		assertThat(page).contains("Enter your email address.").contains("value=\"someone\"");

		browser.step(RecoveryDriver.PASSWORD, "identify",
				Map.of("username", "someone", "email", "someone.missing@example.test"));
		assertRefused(browser, RecoveryDriver.PASSWORD, "code", Map.of(), "Enter the code we texted.");
		browser.postAndShow(RecoveryDriver.PASSWORD + "/questions", Map.of());
		assertRefused(browser, RecoveryDriver.PASSWORD, "questions", Map.of("answer1", "x"), "Answer both questions.");
		assertThat(browser.page(RecoveryDriver.PASSWORD)).doesNotContain("more time");

		MockHttpServletResponse noStep = browser.post(RecoveryDriver.PASSWORD, Map.of("answer1", "x"));
		assertThat(noStep.getStatus()).isEqualTo(302);
		assertThat(browser.page(RecoveryDriver.PASSWORD)).contains("Answer your secret questions");
	}

	@Test
	void SIGN_7_whenTheJourneyIsStaleOrMissing_thenThePageSaysToStartAgain() throws Exception {
		RecoveryDriver browser = browser();
		browser.askUsername("stale.one@example.test");
		this.clock.advance(Duration.ofMinutes(15));

		String page = browser.step(RecoveryDriver.USERNAME, "code", Map.of("code", "123456"));
		assertThat(page).contains("Your request expired or was already used. Please start again.")
			.contains("Forgot your username?")
			.contains("name=\"email\"");

		RecoveryDriver stranger = browser();
		MockHttpServletResponse noSession = stranger.post(RecoveryDriver.PASSWORD, Map.of("step", "code", "code", "1"));
		assertThat(noSession.getStatus()).isEqualTo(302);
		assertThat(stranger.page(noSession.getRedirectedUrl())).contains("Your request expired or was already used.")
			.contains("Forgot your password?");

		// Looking at the page starts nothing (no session, issue 14), so a page left open
		// has nothing to expire: the first answer starts the request whenever it comes.
		RecoveryDriver idle = browser();
		idle.page(RecoveryDriver.PASSWORD);
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(idle.page(RecoveryDriver.PASSWORD)).doesNotContain("Your request expired")
			.contains("name=\"email\"");
		assertThat(idle.step(RecoveryDriver.PASSWORD, "identify",
				Map.of("username", "idle.one", "email", "idle.one@example.test")))
			.contains("Enter the code we texted");

		assertThat(stranger.post(RecoveryDriver.PASSWORD + "/questions", Map.of()).getStatus()).isEqualTo(302);
		assertThat(stranger.post(RecoveryDriver.PASSWORD + "/restart", Map.of()).getRedirectedUrl())
			.isEqualTo(RecoveryDriver.PASSWORD);
		assertThat(stranger.get("/sign-in/forgot-something").getStatus()).isNotEqualTo(500);
	}

	private static void assertRefused(RecoveryDriver browser, String flowPath, String step, Map<String, String> fields,
			String message) throws Exception {
		Map<String, String> all = new HashMap<>(fields);
		all.put("step", step);
		MockHttpServletResponse response = browser.post(flowPath, all);
		assertThat(response.getStatus()).as(message).isEqualTo(200);
		assertThat(response.getContentAsString()).contains(message).doesNotContain(HUGE);
	}

	private RecoveryDriver browser() {
		return new RecoveryDriver(this.mvc, this.outbox);
	}

}
