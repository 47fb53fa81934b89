package gov.irs.secureaccess.pages;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.support.Chromium;
import gov.irs.secureaccess.support.MutableClock;
import gov.irs.secureaccess.support.Oathtool;
import gov.irs.secureaccess.support.OutboxCodes;
import gov.irs.secureaccess.support.RunningServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authenticator app in Debian's Chromium (APP-1, APP-2, APP-4): a person signed in
 * with a texted code adds an app from the profile page (codes from {@code oathtool}),
 * signs in with it, then replaces it with a new device; axe-core checks every page on the
 * way.
 */
@RunningServerTest
class AuthenticatorBrowserTest {

	private static final String PASSWORD = "lantern orchard velvet thirty";

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

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
	void APP_1_APP_4_whenAnAppIsAddedFromTheProfile_thenItSignsInAndCanBeReplacedByANewDevice() {
		Oathtool.assumeInstalled();
		String phone = "+12025559201";
		this.accounts.create(new NewAccount("browser.enrol", "browser.enrol@example.test", "Sam", "Ortiz",
				LocalDate.of(1982, 4, 2), Ssn.parse("999-66-0201"), this.hasher.hash(PASSWORD), "Lanterns on the pier",
				"park", phone, AccountStatus.ACTIVE, 3, "tax-record,financial,sms", Map.of()));
		String first;
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			page.navigate(url("/sign-in"));
			page.fill("#username", "browser.enrol");
			page.click("button:has-text('Continue')");
			page.fill("#password", PASSWORD);
			page.click("button:has-text('Continue')");
			page.fill("#code", OutboxCodes.latest(this.outbox, phone));
			page.click("main button:has-text('Sign in')");
			page.click("button:has-text('Accept')");

			page.click("main a[href='/account/authenticator']");
			chromium.audit(page, "authenticator: none");
			page.click("main button:has-text('Add an authenticator app')");
			chromium.audit(page, "authenticator: set up");
			assertQrCodeShown(page);
			assertThat(page.textContent("main")).contains("must be right");
			first = page.textContent("#manual-key").strip();
			assertThat(first).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");

			page.fill("#code", "000000".equals(Oathtool.code(first, this.clock.instant())) ? "111111" : "000000");
			page.click("main button:has-text('Confirm the app')");
			chromium.audit(page, "authenticator: wrong code");
			assertThat(page.textContent("main")).contains("That code is not right.");

			page.fill("#code", Oathtool.code(first, this.clock.instant()));
			page.click("main button:has-text('Confirm the app')");
			chromium.audit(page, "account: app added");
			assertThat(page.url()).endsWith("/account");
			assertThat(page.textContent("main")).contains("Your authenticator app is set up.");
		}

		this.clock.advance(Duration.ofSeconds(30));
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			signInWithApp(page, first);
			assertThat(page.url()).endsWith("/account");

			page.click("main a[href='/account/authenticator']");
			chromium.audit(page, "authenticator: enrolled");
			page.click("main button:has-text('Replace with a new device')");
			chromium.audit(page, "authenticator: replacing");
			assertQrCodeShown(page);
			assertThat(page.textContent("main")).contains("keeps working");
			String second = page.textContent("#manual-key").strip();
			assertThat(second).isNotEqualTo(first);

			this.clock.advance(Duration.ofSeconds(30));
			page.fill("#code", Oathtool.code(second, this.clock.instant()));
			page.click("main button:has-text('Confirm the app')");
			chromium.audit(page, "account: app replaced");
			assertThat(page.textContent("main")).contains("codes from your old one no longer work");

			this.clock.advance(Duration.ofSeconds(30));
			try (BrowserContext other = chromium.browser()
				.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
				Page next = other.newPage();
				signInWithApp(next, second);
				assertThat(next.url()).endsWith("/account");
			}
		}
	}

	private void signInWithApp(Page page, String key) {
		page.navigate(url("/sign-in"));
		page.fill("#username", "browser.enrol");
		page.click("button:has-text('Continue')");
		page.fill("#password", PASSWORD);
		page.click("button:has-text('Continue')");
		assertThat(page.textContent("main")).contains("authenticator app");
		page.fill("#code", Oathtool.code(key, this.clock.instant()));
		page.click("main button:has-text('Sign in')");
	}

	private static void assertQrCodeShown(Page page) {
		page.waitForLoadState(LoadState.NETWORKIDLE);
		Object width = page.evaluate("() => document.querySelector('main img[src$=\"qr.png\"]').naturalWidth");
		assertThat(((Number) width).intValue()).as("the QR code image loaded").isGreaterThan(0);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
