package gov.irs.secureaccess.pages;

import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.Chromium;
import gov.irs.secureaccess.support.OutboxCodes;
import gov.irs.secureaccess.support.RunningServerTest;
import gov.irs.secureaccess.support.TestPhones;
import gov.irs.secureaccess.support.TestSsns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of a signed-in person's account, in English and Spanish, through axe-core in
 * Chromium: the user agreement, the profile, site image and phrase, password, history,
 * phone change and the recovery pages.
 */
@RunningServerTest
class AccountPagesBrowserTest {

	private static final String PASSWORD = "pebble orchard lantern ninety";

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	OutboxReader outbox;

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
	void whenASignedInPersonVisitsEveryAccountPage_thenNoneHasAnAccessibilityViolation() {
		String phone = TestPhones.next();
		this.accounts.create(new NewAccount("browser.pages", "browser.pages@example.test", "Kim", "Ortiz",
				LocalDate.of(1982, 3, 4), TestSsns.next(), this.hasher.hash(PASSWORD), "Rain on the roof", "rain",
				phone, AccountStatus.ACTIVE, 3, "tax-record,financial,sms", Map.of()));
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			page.navigate(url("/sign-in"));
			page.fill("#username", "browser.pages");
			page.click("button:has-text('Continue')");
			page.fill("#password", PASSWORD);
			page.click("button:has-text('Continue')");
			page.fill("#code", OutboxCodes.latest(this.outbox, phone));
			page.click("main button:has-text('Sign in')");
			chromium.audit(page, "/account/agreement");
			page.click("button:has-text('Accept')");

			for (String path : new String[] { "/account", "/account/site", "/account/password", "/account/history",
					"/account/phone", "/account/authenticator", "/account/passkeys", "/account?lang=es",
					"/account/site", "/account/password", "/account/history", "/account?lang=en" }) {
				page.navigate(url(path));
				chromium.audit(page, path);
			}
		}
	}

	@Test
	void whenSomeoneForgetsTheirUsernameOrPassword_thenTheRecoveryPagesHaveNoAccessibilityViolation() {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			for (String path : new String[] { "/sign-in/forgot-username", "/sign-in/forgot-password",
					"/sign-in/forgot-username?lang=es" }) {
				page.navigate(url(path));
				chromium.audit(page, path);
			}
			page.fill("#email", "nobody@example.test");
			page.click("main form button[type=submit]");
			chromium.audit(page, "recovery code page");
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
