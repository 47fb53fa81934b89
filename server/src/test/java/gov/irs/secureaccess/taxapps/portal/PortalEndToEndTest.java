package gov.irs.secureaccess.taxapps.portal;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.support.Chromium;
import gov.irs.secureaccess.support.OutboxCodes;
import gov.irs.secureaccess.support.PortalProcess;
import gov.irs.secureaccess.support.PortalServerTest;
import gov.irs.secureaccess.taxapps.ippin.IpPins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tax applications end to end, in Debian's Chromium: the portal runs as its own
 * process (as people run it) and signs people in through this server's OpenID Connect
 * provider, its real pages (username, password, the code texted to the phone, read from
 * the outbox; the user agreement; consent); its pages read the server's API with the
 * person's access token. axe-core checks every portal page visited, in English and, for
 * one, Spanish.
 */
@PortalServerTest
class PortalEndToEndTest {

	private static Chromium chromium;

	private static PortalProcess portal;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	OutboxReader outbox;

	@Autowired
	SourcesProperties sources;

	@Autowired
	IpPins ipPins;

	@BeforeAll
	static void start() {
		chromium = Chromium.launch();
		portal = PortalProcess.start(PortalServerTest.Ports.PORTAL, PortalServerTest.Ports.issuer());
	}

	@AfterAll
	static void stop() {
		if (portal != null) {
			portal.close();
		}
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void FED_1_FED_3_whenAPersonOfTheTaxRecordsOpensGetAnIpPin_thenTheySignInConsentAndSeeTheirPin() {
		PortalPeople.Person person = people().withAccount(70, 3, "tax-record,financial,sms");
		String expected = this.ipPins.current(person.person().taxRecord().ssn()).pin();
		try (BrowserContext context = browser()) {
			Page page = context.newPage();
			page.navigate(portal.url("/"));
			chromium.audit(page, "portal home");
			page.click("a[href='/ip-pin']");
			signIn(page, person.username(), person.phone());
			agreeAndConsent(page, "Get an IP PIN");
			arrive(page, "/ip-pin**");
			chromium.audit(page, "IP PIN");
			assertThat(page.textContent("#ip-pin").strip()).isEqualTo(expected).matches("\\d{6}");
			assertThat(page.textContent("#signed-in")).contains(person.person().taxRecord().name().first())
				.contains("LOA-3");

			page.navigate(portal.url("/ip-pin?lang=es"));
			assertThat(page.getAttribute("html", "lang")).isEqualTo("es");
			assertThat(page.textContent("h2")).contains("Su IP PIN para");
			chromium.audit(page, "IP PIN in Spanish");
			page.navigate(portal.url("/?lang=en"));
		}
	}

	@Test
	void FED_4_whenAnLoa2PersonOpensAnLoa3Application_thenTheyAreSteppedUpAndThenSeeTheirData() {
		PortalPeople.Person person = people().withAccount(71, 2, "tax-record,sms");
		int year = person.person().taxRecord().returnYear();
		try (BrowserContext context = browser()) {
			Page page = context.newPage();
			page.navigate(portal.url("/transcripts"));
			signIn(page, person.username(), person.phone());
			page.waitForURL("**/federation/step-up");
			assertThat(page.textContent("main")).contains("Verify a financial account");
			page.click("label[for='type-" + person.financial().get("accountType") + "']");
			page.fill("#last8", person.financial().get("last8"));
			page.click("main button:has-text('Continue')");
			agreeAndConsent(page, "Get Transcript Online");
			arrive(page, "/transcripts**");
			chromium.audit(page, "transcripts after the step-up");
			assertThat(page.locator("a[href='/transcripts/" + year + "/return']").count()).isEqualTo(1);
			assertThat(page.textContent("#signed-in")).contains("LOA-3");
			page.click("a[href='/transcripts/" + year + "/return']");
			arrive(page, "/transcripts/" + year + "/return");
			chromium.audit(page, "return transcript");
			assertThat(page.textContent("main"))
				.contains("XXX-XX-" + person.person().taxRecord().ssn().formatted().substring(7));
		}
		assertThat(this.accounts.loaEvidence(person.accountId())).contains("financial");
	}

	@Test
	void FED_1_whenATaxProfessionalRunsInteractiveTinMatching_thenTheIndicatorsShow() {
		TestAccounts.Made professional = TestAccounts.active(this.accounts, this.hasher, "portal.tinmatch");
		try (BrowserContext context = browser()) {
			Page page = context.newPage();
			page.navigate(portal.url("/tin-matching"));
			signIn(page, professional.username(), professional.phone());
			agreeAndConsent(page, "e-Services TIN Matching");
			arrive(page, "/tin-matching**");
			chromium.audit(page, "TIN Matching form");
			page.selectOption("#type0", "1");
			page.fill("#tin0", "666-01-0001");
			page.fill("#name0", "Olivia Bennett");
			page.selectOption("#type1", "2");
			page.fill("#tin1", "07-4200101");
			page.fill("#name1", "Blue Heron Logistics LLC");
			page.selectOption("#type2", "1");
			page.fill("#tin2", "666-01-0001");
			page.fill("#name2", "Marcus Smith");
			page.selectOption("#type3", "3");
			page.fill("#tin3", "07-4200101");
			page.fill("#name3", "Blue Heron Logistics LLC");
			page.click("main form button[type=submit]");
			page.waitForSelector("#tin-results");
			chromium.audit(page, "TIN Matching results");
			assertThat(page.locator("#tin-results tbody tr").allTextContents()).satisfiesExactly(
					(row) -> assertThat(row).contains("0001").contains("0").contains("match IRS records"),
					(row) -> assertThat(row).contains("0101").contains("The name and TIN match"),
					(row) -> assertThat(row).contains("3").contains("do not match"),
					(row) -> assertThat(row).contains("7").contains("matched as an EIN"));
		}
	}

	@Test
	void FED_5_whenADocumentIsSentAtLoa1_thenAReceiptNumberComesBack() {
		PortalPeople.Person person = people().withAccount(72, 1, "tax-record");
		try (BrowserContext context = browser()) {
			Page page = context.newPage();
			page.navigate(portal.url("/documents"));
			signIn(page, person.username(), person.phone());
			agreeAndConsent(page, "Document Upload");
			arrive(page, "/documents**");
			chromium.audit(page, "document drop");
			assertThat(page.getAttribute("#no-account-documents", "href"))
				.isEqualTo(PortalServerTest.Ports.issuer() + "/documents");
			assertThat(page.textContent("#signed-in")).contains("LOA-1");
			page.fill("#number", "CP2000-0417");
			page.setInputFiles("#files", new FilePayload("reply.pdf", "application/pdf",
					"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
			page.click("main form button[type=submit]");
			arrive(page, "/documents/receipt");
			chromium.audit(page, "document receipt");
			assertThat(page.textContent("#receipt-number").strip())
				.matches("DD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
			assertThat(page.textContent("main")).doesNotContain("CP2000");
		}
	}

	@Test
	void FED_2_whenThePersonSignsOut_thenThePortalSessionAndTheProviderSessionBothEnd() {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "portal.signout");
		// The real Content-Security-Policy: its form-action must let the sign-out
		// continue to the provider.
		try (BrowserContext context = chromium.browser().newContext()) {
			Page page = context.newPage();
			page.navigate(portal.url("/documents"));
			signIn(page, person.username(), person.phone());
			agreeAndConsent(page, "Document Upload");
			arrive(page, "/documents**");
			assertThat(page.isVisible("#signed-in")).isTrue();

			page.click("#sign-out");
			arrive(page, "/");
			page.waitForLoadState(LoadState.LOAD);
			assertThat(page.isVisible("#signed-in")).as("the portal's session ended").isFalse();

			page.navigate(portal.url("/documents"));
			page.waitForURL("**/sign-in");
			assertThat(page.url()).as("the provider asks for a new sign-in: its session ended too")
				.startsWith(PortalServerTest.Ports.issuer());
			page.navigate(PortalServerTest.Ports.issuer() + "/account");
			page.waitForURL("**/sign-in");
		}
	}

	@Test
	@DisplayName("FED-2 Back-Channel Logout 1.0 2.6: signing out at Secure Access ends the portal's"
			+ " session; after sign-in the portal's address has no ?continue")
	void FED_2_whenThePersonSignsOutAtSecureAccess_thenThePortalSessionEndsByBackChannelLogout() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "portal.backchannel");
		try (BrowserContext context = browser()) {
			Page page = context.newPage();
			page.navigate(portal.url("/documents"));
			signIn(page, person.username(), person.phone());
			agreeAndConsent(page, "Document Upload");
			arrive(page, "/documents**");
			assertThat(page.url()).as("the page asked for, without Spring's ?continue")
				.isEqualTo(portal.url("/documents"));
			assertThat(page.isVisible("#signed-in")).isTrue();

			// Signed out at Secure Access, not at the portal: the logout token ends the
			// portal's session (OpenID Connect Back-Channel Logout 1.0 section 2.6),
			// delivered from the outbox within seconds.
			page.navigate(PortalServerTest.Ports.issuer() + "/account");
			page.click("form[action='/sign-out'] button");
			page.waitForURL("**/sign-in?signedOut");
			boolean signedIn = true;
			for (int i = 0; i < 60 && signedIn; i++) {
				Thread.sleep(500);
				page.navigate(portal.url("/"));
				signedIn = page.isVisible("#signed-in");
			}
			assertThat(signedIn).as("the portal's session ended").isFalse();
		}
	}

	/**
	 * Waits for the portal page {@code path} (a glob); says where the browser is instead
	 * if it does not come.
	 */
	private static void arrive(Page page, String path) {
		try {
			page.waitForURL(portal.url(path), new Page.WaitForURLOptions().setTimeout(20_000));
		}
		catch (TimeoutError ex) {
			throw new AssertionError("expected the portal's " + path + " but the browser is at " + page.url() + ": "
					+ page.textContent("main"), ex);
		}
	}

	private PortalPeople people() {
		return new PortalPeople(this.sources, this.accounts, this.hasher);
	}

	/**
	 * axe needs its script injected into the page: the pages' CSP is bypassed where axe
	 * runs.
	 */
	private static BrowserContext browser() {
		return chromium.browser().newContext(new Browser.NewContextOptions().setBypassCSP(true));
	}

	/** On the provider's sign-in page: username, password, the texted code. */
	private void signIn(Page page, String username, String phone) {
		page.waitForURL("**/sign-in");
		assertThat(page.url()).startsWith(PortalServerTest.Ports.issuer());
		page.fill("#username", username);
		page.click("button:has-text('Continue')");
		page.fill("#password", TestAccounts.PASSWORD);
		page.click("button:has-text('Continue')");
		page.fill("#code", OutboxCodes.latest(this.outbox, phone));
		page.click("main button:has-text('Sign in')");
		page.waitForLoadState(LoadState.LOAD);
	}

	/**
	 * The user agreement (first sign-in) and the consent page of the application, when
	 * the provider shows them.
	 */
	private void agreeAndConsent(Page page, String application) {
		page.waitForLoadState(LoadState.LOAD);
		if (page.url().contains("/account/agreement")) {
			page.click("button:has-text('Accept')");
			page.waitForLoadState(LoadState.LOAD);
		}
		if (page.url().contains("/federation/consent")) {
			assertThat(page.textContent("main")).contains(application);
			page.click("#consent-allow");
		}
	}

}
