package gov.irs.secureaccess.portal;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import gov.irs.secureaccess.portal.web.Application;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-1 and FED-5 portal pages in Chromium over a fake TaxApi: every page passes axe-core
 * in English and Spanish, USWDS loads under the real Content-Security-Policy, and the
 * forms work.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ FakeTaxApiConfiguration.class, TestSignInConfiguration.class })
class PortalBrowserTest {

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	FakeTaxApi api;

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

	@BeforeEach
	void reset() {
		this.api.reset();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "en", "es" })
	void FED_1_whenEveryPortalPageIsAudited_thenAxeFindsNoViolation(String language) {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			page.navigate(url("/?lang=" + language));
			assertThat(page.getAttribute("html", "lang")).isEqualTo(language);
			for (String path : List.of("/", "/transcripts", "/transcripts/2025/return", "/transcripts/2025/account",
					"/ip-pin", "/balance", "/payment-agreement", "/tin-matching", "/tin-matching/bulk", "/documents")) {
				page.navigate(signedIn(path));
				chromium.audit(page, path + " " + language);
			}

			page.navigate(signedIn("/payment-agreement"));
			page.fill("#monthlyAmount", "250.00");
			page.fill("#dayOfMonth", "12");
			page.click("main form button[type=submit]");
			chromium.audit(page, "payment plan set up " + language);
			assertThat(page.isVisible("#plan-summary")).isTrue();

			page.navigate(signedIn("/tin-matching"));
			page.fill("#tin0", "666-01-0001");
			page.fill("#name0", "Olivia Bennett");
			page.click("main form button[type=submit]");
			chromium.audit(page, "TIN Matching results " + language);
			assertThat(page.textContent("#tin-results")).contains("0001");

			page.navigate(signedIn("/tin-matching/bulk"));
			page.setInputFiles("#file",
					new FilePayload("payees.txt", "text/plain", "1;666-01-0001;Olivia Bennett;A1\nbad\n".getBytes()));
			page.click("main form button[type=submit]");
			chromium.audit(page, "bulk job " + language);
			assertThat(page.isVisible("#download")).isTrue();

			page.navigate(signedIn("/documents"));
			page.fill("#number", "CP2000-0417");
			page.setInputFiles("#files", new FilePayload("reply.pdf", "application/pdf", "%PDF-1.7".getBytes()));
			page.click("main form button[type=submit]");
			chromium.audit(page, "documents receipt " + language);
			assertThat(page.textContent("#receipt-number")).contains("DD-7KQ4-M9XP-2HCW-R3TZ");
		}
	}

	@Test
	void FED_1_whenLoadedUnderTheRealCsp_thenUswdsLoadsWithoutViolations() {
		try (BrowserContext context = chromium.browser().newContext()) {
			Page page = context.newPage();
			List<String> problems = new ArrayList<>();
			page.onConsoleMessage((message) -> {
				if ("error".equals(message.type())) {
					problems.add(message.text());
				}
			});
			page.onPageError((error) -> problems.add("script error: " + error));
			page.navigate(signedIn("/ip-pin"));
			page.waitForLoadState(LoadState.NETWORKIDLE);

			assertThat(problems).isEmpty();
			assertThat(page.evalOnSelector(".usa-banner__button", "b => getComputedStyle(b).display"))
				.isNotEqualTo("inline");
			assertThat(page.textContent("#ip-pin")).isEqualTo("314159");
		}
	}

	/**
	 * Signed in through the application of {@code path} (test sign-in), then on that
	 * page.
	 */
	private String signedIn(String path) {
		String registration = Application.forPath(path).map(Application::registrationId).orElse(null);
		return (registration != null) ? url("/test-sign-in/" + registration + "?then=" + path) : url(path);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
