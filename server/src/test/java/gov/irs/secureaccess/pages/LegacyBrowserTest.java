package gov.irs.secureaccess.pages;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.legacy.DemoLegacyUsers;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.Chromium;
import gov.irs.secureaccess.support.OutboxCodes;
import gov.irs.secureaccess.support.RunningServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-10 in Debian's Chromium: the documented demo legacy user (docs/demo-people.md)
 * signs in with the e-Services username and password and moves to Secure Access; axe-core
 * checks every page on the way.
 */
@RunningServerTest
class LegacyBrowserTest {

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	LegacyAccounts legacy;

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
	void REG_10_whenTheDemoLegacyUserMovesOnline_thenEveryPagePassesAxeAndTheAccountKeepsItsUsername() {
		DemoLegacyUsers.DemoLegacyUser alejandro = DemoLegacyUsers.ONLINE;
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			page.navigate(url("/sign-in"));
			page.fill("#username", alejandro.username());
			page.click("button:has-text('Continue')");
			page.fill("#password", alejandro.password());
			page.click("button:has-text('Continue')");
			assertThat(page.url()).endsWith("/sign-in/legacy");
			chromium.audit(page, "legacy financial");
			assertThat(page.textContent("main")).contains("Move your e-Services account")
				.contains(alejandro.username());

			page.click("label[for=type-CAR_LOAN]");
			page.fill("#last8", "80452291");
			page.click("main button:has-text('Continue')");
			chromium.audit(page, "legacy phone");
			page.fill("#phone", "(202) 555-0105");
			page.click("button:has-text('Text me a code')");
			chromium.audit(page, "legacy phone code");
			page.fill("#code", OutboxCodes.latest(this.outbox, "+12025550105"));
			page.click("main button:has-text('Continue')");
			chromium.audit(page, "legacy new password");

			page.fill("#password", "short");
			page.fill("#passwordConfirm", "short");
			page.fill("#sitePhrase", "Reforma at dawn");
			page.click("label[for=image-flight]");
			page.click("button:has-text('Move my account')");
			chromium.audit(page, "legacy new password refused");
			assertThat(page.textContent("main")).contains("Use at least 12 characters");

			page.fill("#password", "jacaranda lantern reforma seventy");
			page.fill("#passwordConfirm", "jacaranda lantern reforma seventy");
			page.fill("#sitePhrase", "Reforma at dawn");
			page.click("label[for=image-flight]");
			page.click("button:has-text('Move my account')");
			chromium.audit(page, "legacy moved");
			assertThat(page.textContent("main")).contains("Your e-Services account now uses Secure Access")
				.contains(alejandro.username());

			page.click("a:has-text('Continue to your account')");
			page.click("button:has-text('Accept')");
			assertThat(page.textContent("main")).contains(alejandro.username());
		}
		assertThat(this.accounts.findLogin(alejandro.username()).orElseThrow().loa()).isEqualTo(3);
		assertThat(this.legacy.findByUsername(alejandro.username())).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
