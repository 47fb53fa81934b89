package gov.irs.secureaccess.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.factors.totp.AuthenticatorApps;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.support.Chromium;
import gov.irs.secureaccess.support.MutableClock;
import gov.irs.secureaccess.support.OutboxCodes;
import gov.irs.secureaccess.support.RunningServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Signing in in Debian's Chromium: with a texted code, with an authenticator code
 * computed by an independent generator ({@code oathtool}), into a lockout, and through a
 * password reset; axe-core checks every page on the way (SIGN-1 to SIGN-8).
 */
@RunningServerTest
class SigninBrowserTest {

	private static final String PASSWORD = "meadow copper violin eleven";

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	AuthenticatorApps apps;

	@Autowired
	OutboxReader outbox;

	@Autowired
	MutableClock clock;

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

	@Test
	void SIGN_2_whenAPersonSignsInWithATextedCode_thenTheAccountPageOpens() {
		String phone = "+12025559101";
		account("browser.sms", "999-66-0101", phone);
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.click("main a[href='/sign-in']");
			chromium.audit(page, "sign-in username");
			page.fill("#username", "browser.sms");
			page.click("button:has-text('Continue')");
			chromium.audit(page, "sign-in password");
			assertThat(page.textContent("main")).contains("Sunflowers by the gate");
			page.fill("#password", PASSWORD);
			page.click("button:has-text('Continue')");
			chromium.audit(page, "sign-in code");
			page.fill("#code", OutboxCodes.latest(this.outbox, phone));
			page.click("main button:has-text('Sign in')");
			chromium.audit(page, "user agreement");
			page.click("button:has-text('Accept')");
			chromium.audit(page, "account");
			assertThat(page.textContent("main")).contains("browser.sms");

			// SIGN-6: 13 minutes without activity, the warning shows (the page's timers
			// run on Playwright's clock).
			page.clock().install();
			page.navigate(url("/account"));
			assertThat(page.isVisible("#session-warning")).isFalse();
			page.clock().runFor(13 * 60 * 1000 + 1000);
			assertThat(page.isVisible("#session-warning")).isTrue();
			chromium.audit(page, "session warning");
		}
	}

	@Test
	void SIGN_3_whenAPersonSignsInWithTheCodeOathtoolComputes_thenTheAccountPageOpens() throws Exception {
		Path oathtool = Path.of("/usr/bin/oathtool");
		if (!Files.isExecutable(oathtool)) {
			assertThat(System.getenv("SECURE_ACCESS_REQUIRE_BROWSER")).as("oathtool is installed by .ci/run")
				.isNotEqualTo("1");
			assumeTrue(false, "oathtool is missing: apt-get install oathtool");
		}
		long id = account("browser.app", "999-66-0102", "+12025559102");
		String secret = this.apps.begin(id).manualEntryKey().replace(" ", "");
		this.apps.confirm(id, oathtool(secret));
		this.clock.advance(Duration.ofSeconds(30));
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			page.navigate(url("/sign-in"));
			page.fill("#username", "browser.app");
			page.click("button:has-text('Continue')");
			page.fill("#password", PASSWORD);
			page.click("button:has-text('Continue')");
			chromium.audit(page, "sign-in app code");
			assertThat(page.textContent("main")).contains("authenticator app");
			page.fill("#code", oathtool(secret));
			page.click("main button:has-text('Sign in')");
			assertThat(page.url()).endsWith("/account/agreement");
		}
	}

	@Test
	void SIGN_5_whenFiveWrongPasswordsAreTyped_thenThePageSaysHowLongTheLockLasts() {
		account("browser.lock", "999-66-0103", "+12025559103");
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			for (int i = 0; i < 5; i++) {
				page.navigate(url("/sign-in"));
				if (page.isVisible("#username")) {
					page.fill("#username", "browser.lock");
					page.click("button:has-text('Continue')");
				}
				page.fill("#password", "not my password at all");
				page.click("button:has-text('Continue')");
			}
			chromium.audit(page, "sign-in locked");
			assertThat(page.textContent("main")).contains("Try again in 15 minutes");
		}
	}

	@Test
	void SIGN_7_whenAPersonResetsAForgottenPassword_thenTheNewOneSignsInAndEveryPageIsAccessible() {
		String phone = "+12025559104";
		account("browser.reset", "999-66-0104", phone);
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			page.navigate(url("/sign-in/forgot-password"));
			chromium.audit(page, "forgot password");
			page.fill("#username", "browser.reset");
			page.fill("#email", "browser.reset@example.test");
			page.click("button:has-text('Send me a code')");
			chromium.audit(page, "recovery code");
			page.fill("#code", OutboxCodes.latest(this.outbox, phone));
			page.click("main form button:has-text('Continue')");
			chromium.audit(page, "new password");
			page.fill("#password", "walnut glacier trumpet ninety");
			page.fill("#passwordConfirm", "walnut glacier trumpet ninety");
			page.click("button:has-text('Reset password')");
			chromium.audit(page, "password reset");

			page.navigate(url("/sign-in"));
			page.fill("#username", "browser.reset");
			page.click("button:has-text('Continue')");
			page.fill("#password", "walnut glacier trumpet ninety");
			page.click("button:has-text('Continue')");
			page.fill("#code", OutboxCodes.latest(this.outbox, phone));
			page.click("main button:has-text('Sign in')");
			assertThat(page.url()).endsWith("/account/agreement");
		}
	}

	private long account(String username, String ssn, String phone) {
		return this.accounts.create(new NewAccount(username, username + "@example.test", "Pat", "Lee",
				LocalDate.of(1975, 6, 1), Ssn.parse(ssn), this.hasher.hash(PASSWORD), "Sunflowers by the gate", "park",
				phone, AccountStatus.ACTIVE, 3, "tax-record,financial,sms", Map.of()));
	}

	/**
	 * The current code of the app, computed by oathtool at the service's (moved) clock
	 * time.
	 */
	private String oathtool(String base32) throws Exception {
		Process process = new ProcessBuilder("/usr/bin/oathtool", "--totp", "-b",
				"--now=@" + this.clock.instant().getEpochSecond(), base32)
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
		return new String(process.getInputStream().readAllBytes()).strip();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
