package gov.irs.secureaccess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven by Playwright, and axe-core run in its pages. Without
 * {@code /usr/bin/chromium} browser tests are skipped, unless
 * {@code SECURE_ACCESS_REQUIRE_BROWSER=1} (CI), where they fail.
 */
public final class Chromium implements AutoCloseable {

	private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static final String AXE_TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']";

	private final Playwright playwright;

	private final Browser browser;

	private final String axeScript;

	private Chromium(Playwright playwright, Browser browser, String axeScript) {
		this.playwright = playwright;
		this.browser = browser;
		this.axeScript = axeScript;
	}

	public static Chromium launch() {
		if (!Files.isExecutable(EXECUTABLE)) {
			if ("1".equals(System.getenv("SECURE_ACCESS_REQUIRE_BROWSER"))) {
				fail(EXECUTABLE + " is missing and SECURE_ACCESS_REQUIRE_BROWSER=1: apt-get install chromium");
			}
			assumeTrue(false, EXECUTABLE + " is missing: browser tests skipped (apt-get install chromium to run them)");
		}
		Path axe = Path.of(System.getProperty("secure-access.axe-script", "frontend/node_modules/axe-core/axe.min.js"));
		assertThat(axe).as("axe-core, installed by the Maven build's npm ci in server/frontend").isRegularFile();
		try {
			String script = Files.readString(axe, StandardCharsets.UTF_8);
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS));
			return new Chromium(playwright, browser, script);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Browser browser() {
		return this.browser;
	}

	/**
	 * Runs axe-core (WCAG 2.0/2.1 A and AA, best practice) in the page; fails listing any
	 * violation.
	 */
	public void assertNoAxeViolations(Page page, String where) {
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(this.axeScript));
		Object violations = page.evaluate("async () => (await axe.run(document, { runOnly: { type: 'tag', values: "
				+ AXE_TAGS + " }, resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact,"
				+ " help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map(n => n.target.join(' ') + '\\n        '"
				+ " + (n.failureSummary || '').replace(/\\n/g, ' ')) }))");
		assertThat((List<?>) violations)
			.withFailMessage(() -> "axe violations on " + where + ":\n" + describe(violations))
			.isEmpty();
	}

	/** A page as it settles: not an error page, and no axe violation. */
	public void audit(Page page, String where) {
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.title()).as(where).doesNotContain("Error");
		assertNoAxeViolations(page, where);
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

	private static String describe(Object violations) {
		StringBuilder text = new StringBuilder();
		for (Object item : (List<?>) violations) {
			Map<?, ?> violation = (Map<?, ?>) item;
			text.append("  - ")
				.append(violation.get("id"))
				.append(" (")
				.append(violation.get("impact"))
				.append("): ")
				.append(violation.get("help"))
				.append(" <")
				.append(violation.get("helpUrl"))
				.append(">\n");
			for (Object node : (List<?>) violation.get("nodes")) {
				text.append("      ").append(node).append('\n');
			}
		}
		return text.toString();
	}

}
