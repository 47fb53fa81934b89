package gov.irs.secureaccess.taxapps.documents;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.Chromium;
import gov.irs.secureaccess.support.OutboxCodes;
import gov.irs.secureaccess.support.RunningServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-5 in Chromium: the document drop from the email form to the receipt, each page
 * through axe-core, in English and Spanish; and the same walk with JavaScript turned off.
 */
@RunningServerTest
class DocumentDropBrowserTest {

	private static Chromium chromium;

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	OutboxReader outbox;

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

	@ParameterizedTest(name = "{0}, JavaScript {1}")
	@CsvSource({ "en, true, drop.browser.en@example.test", "es, true, drop.browser.es@example.test",
			"en, false, drop.browser.nojs@example.test" })
	void FED_5_whenADocumentIsDroppedInABrowser_thenAReceiptNumberIsShownAndEveryPagePassesAxe(String language,
			boolean javaScript, String email) {
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setBypassCSP(true).setJavaScriptEnabled(javaScript))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/documents" + ("es".equals(language) ? "?lang=es" : ""));
			audit(page, javaScript, "documents start " + language);
			assertThat(page.getAttribute("html", "lang")).isEqualTo(language);

			page.fill("#email", email);
			page.check("#kind-notice");
			page.fill("#number", "CP2000-0417");
			page.click("main button[type=submit]");
			audit(page, javaScript, "documents code " + language);

			page.fill("#code", OutboxCodes.latest(this.outbox, email));
			page.click("main button[type=submit]");
			audit(page, javaScript, "documents upload " + language);

			page.setInputFiles("#files",
					new FilePayload[] { new FilePayload("reply.pdf", "application/pdf", DocumentFiles.pdf()),
							new FilePayload("w2.png", "image/png", DocumentFiles.png()) });
			page.click("main button[type=submit]");
			audit(page, javaScript, "documents receipt " + language);

			assertThat(page.textContent("#receipt-number").strip()).matches(Pattern.compile("DD(-[0-9A-Z]{4}){4}"));
			assertThat(page.content()).doesNotContain(email).doesNotContain("CP2000").doesNotContain("reply.pdf");
		}
	}

	private static void audit(Page page, boolean javaScript, String where) {
		if (javaScript) {
			chromium.audit(page, where);
		}
		else {
			assertThat(page.title()).as(where).doesNotContain("Error");
		}
	}

}
