package gov.irs.secureaccess.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutgoingMessage;
import gov.irs.secureaccess.messaging.Outbox;
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
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages in Debian's Chromium: axe-core finds no WCAG 2.1 A/AA (or best-practice) violation, and the pages load
 * their USWDS files under the real Content-Security-Policy without a single CSP violation.
 */
@RunningServerTest
class AccessibilityBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static final String AXE_TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']";

	/** The 404 page lives under a public static path, so anonymous requests reach it (others get 403). */
	private static final String MISSING_PAGE = "/uswds/no-such-page";

	private static Playwright playwright;

	private static Browser browser;

	private static String axeScript;

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate tx;

	@BeforeAll
	static void launchChromium() throws IOException {
		if (!Files.isExecutable(CHROMIUM)) {
			if ("1".equals(System.getenv("SECURE_ACCESS_REQUIRE_BROWSER"))) {
				fail(CHROMIUM + " is missing and SECURE_ACCESS_REQUIRE_BROWSER=1: apt-get install chromium");
			}
			assumeTrue(false, CHROMIUM + " is missing: browser tests skipped (apt-get install chromium to run them)");
		}
		Path axe = Path.of(System.getProperty("secure-access.axe-script", "frontend/node_modules/axe-core/axe.min.js"));
		assertThat(axe).as("axe-core, installed by the Maven build's npm ci in server/frontend").isRegularFile();
		axeScript = Files.readString(axe, StandardCharsets.UTF_8);
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void queueAMessageForTheOutboxPage() {
		this.tx.executeWithoutResult((status) -> this.outbox.enqueue(new OutgoingMessage(Channel.SMS,
				"test.browser", "+15555550100", null, "Your Secure Access code is 123456.", "browser-test-message")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/, 200, en", "/?lang=es, 200, es", MISSING_PAGE + ", 404, en", MISSING_PAGE + "?lang=es, 404, es",
			"/dev/outbox, 200, en", "/dev/outbox?lang=es, 200, es" })
	void whenPageAuditedWithAxe_thenNoWcagViolations(String path, int status, String language) {
		// The CSP forbids inline script, so axe is injected into a context that bypasses it.
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			Response response = page.navigate(url(path));
			assertThat(response.status()).isEqualTo(status);
			assertThat(page.getAttribute("html", "lang")).isEqualTo(language);

			page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeScript));
			Object violations = page.evaluate("async () => (await axe.run(document, { runOnly: { type: 'tag', values: "
					+ AXE_TAGS + " }, resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact,"
					+ " help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map(n => n.target.join(' ') + '\\n        '"
					+ " + (n.failureSummary || '').replace(/\\n/g, ' ')) }))");

			assertThat((List<?>) violations).withFailMessage(() -> "axe violations on " + path + ":\n" + describe(violations))
				.isEmpty();
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
					problems.add("console: " + message.text()); // CSP violations are reported here ("Refused to ...")
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
			// USWDS primary blue (#005ea2) on the main button: the stylesheet was served and allowed.
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

	private static String describe(Object violations) {
		StringBuilder text = new StringBuilder();
		for (Object item : (List<?>) violations) {
			Map<?, ?> violation = (Map<?, ?>) item;
			text.append("  - ").append(violation.get("id")).append(" (").append(violation.get("impact")).append("): ")
				.append(violation.get("help")).append(" <").append(violation.get("helpUrl")).append(">\n");
			for (Object node : (List<?>) violation.get("nodes")) {
				text.append("      ").append(node).append('\n');
			}
		}
		return text.toString();
	}

}
