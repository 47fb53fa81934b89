package gov.irs.secureaccess.pages;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.Outbox;
import gov.irs.secureaccess.messaging.OutgoingMessage;
import gov.irs.secureaccess.support.Chromium;
import gov.irs.secureaccess.support.RunningServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in Debian's Chromium: axe-core finds no WCAG 2.1 A/AA (or best-practice)
 * violation, and the pages load their USWDS files under the real Content-Security-Policy
 * without a single CSP violation.
 */
@RunningServerTest
class AccessibilityBrowserTest {

	/**
	 * The 404 page lives under a public static path, so anonymous requests reach it
	 * (others get 403).
	 */
	private static final String MISSING_PAGE = "/uswds/no-such-page";

	private static Chromium chromium;

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate tx;

	@BeforeAll
	static void launchChromium() {
		chromium = Chromium.launch();
		browser = chromium.browser();
	}

	@AfterAll
	static void closeChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void queueAMessageForTheOutboxPage() {
		this.tx.executeWithoutResult((status) -> this.outbox.enqueue(new OutgoingMessage(Channel.SMS, "test.browser",
				"+15555550100", null, "Your Secure Access code is 123456.", "browser-test-message")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/, 200, en", "/?lang=es, 200, es", MISSING_PAGE + ", 404, en", MISSING_PAGE + "?lang=es, 404, es",
			"/dev/outbox, 200, en", "/dev/outbox?lang=es, 200, es" })
	void whenPageAuditedWithAxe_thenNoWcagViolations(String path, int status, String language) {
		// The CSP forbids inline script, so axe is injected into a context that bypasses
		// it.
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			Response response = page.navigate(url(path));
			assertThat(response.status()).isEqualTo(status);
			assertThat(page.getAttribute("html", "lang")).isEqualTo(language);

			chromium.assertNoAxeViolations(page, path);
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/", "/?lang=es", MISSING_PAGE })
	void whenPageLoadedUnderTheRealCsp_thenNoViolationAndUswdsStylesApplied(String path) {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			String address = url(path);
			List<String> problems = new ArrayList<>();
			page.onConsoleMessage((message) -> {
				if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
					problems.add("console: " + message.text()); // CSP violations are
																// reported here ("Refused
																// to ...")
				}
			});
			page.onPageError((error) -> problems.add("script error: " + error));
			page.onRequestFailed((request) -> problems.add("failed: " + request.url() + " " + request.failure()));
			page.onResponse((response) -> {
				if (response.status() >= 400 && !response.url().equals(address)) {
					problems.add("HTTP " + response.status() + ": " + response.url());
				}
			});
			page.navigate(address);
			page.waitForLoadState(LoadState.NETWORKIDLE);

			assertThat(problems).as("CSP violations, script errors or missing files on " + path).isEmpty();
			// USWDS primary blue (#005ea2) on the main button: the stylesheet was served
			// and allowed.
			assertThat(page.evalOnSelector("main .usa-button:not(.usa-button--outline)",
					"b => getComputedStyle(b).backgroundColor"))
				.isEqualTo("rgb(0, 94, 162)");
		}
	}

	@Test
	void whenBannerButtonPressed_thenOfficialWebsiteGuidanceShown() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(url("/"));
			assertThat(page.isVisible("#gov-banner")).isFalse();

			page.click(".usa-banner__button");

			assertThat(page.isVisible("#gov-banner")).as("uswds.min.js runs under the CSP").isTrue();
			assertThat(page.getAttribute(".usa-banner__button", "aria-expanded")).isEqualTo("true");
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
