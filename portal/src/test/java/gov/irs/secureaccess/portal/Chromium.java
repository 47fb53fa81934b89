package gov.irs.secureaccess.portal;

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
 * Debian's Chromium driven by Playwright, with axe-core: a small copy of the server's
 * test helper (the portal cannot use the server's test classes). Skipped without
 * {@code /usr/bin/chromium} unless SECURE_ACCESS_REQUIRE_BROWSER=1.
 */
final class Chromium implements AutoCloseable {

	private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	private static final String AXE_TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']";

	private final Playwright playwright;

	private final Browser browser;

	private final String axeScript;

	private Chromium(Playwright playwright, Browser browser, String axeScript) {
		this.playwright = playwright;
		this.browser = browser;
		this.axeScript = axeScript;
	}

	static Chromium launch() {
		if (!Files.isExecutable(EXECUTABLE)) {
			if ("1".equals(System.getenv("SECURE_ACCESS_REQUIRE_BROWSER"))) {
				fail(EXECUTABLE + " is missing and SECURE_ACCESS_REQUIRE_BROWSER=1");
			}
			assumeTrue(false, EXECUTABLE + " is missing: browser tests skipped");
		}
		Path axe = Path
			.of(System.getProperty("secure-access.axe-script", "../server/frontend/node_modules/axe-core/axe.min.js"));
		assertThat(axe).as("axe-core, installed by the server module's npm ci").isRegularFile();
		try {
			String script = Files.readString(axe, StandardCharsets.UTF_8);
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run",
							"--disable-background-networking")));
			return new Chromium(playwright, browser, script);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Browser browser() {
		return this.browser;
	}

	/**
	 * A settled page: not an error page, and no axe-core violation (WCAG 2.0/2.1 A and
	 * AA, best practice).
	 */
	void audit(Page page, String where) {
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.title()).as(where).doesNotContain("Something went wrong");
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(this.axeScript));
		Object violations = page.evaluate("async () => (await axe.run(document, { runOnly: { type: 'tag', values: "
				+ AXE_TAGS + " }, resultTypes: ['violations'] })).violations.map(v => v.id + ' (' + v.impact + '): '"
				+ " + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
		assertThat((List<?>) violations).as("axe violations on " + where).isEmpty();
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
