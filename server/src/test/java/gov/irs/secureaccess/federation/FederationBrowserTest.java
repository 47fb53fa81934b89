package gov.irs.secureaccess.federation;

import java.util.concurrent.atomic.AtomicReference;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.support.Chromium;
import gov.irs.secureaccess.support.FederationServerTest;
import gov.irs.secureaccess.support.OutboxCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, with axe-core on every page of the provider:
 * <ul>
 * <li>FED-4, a passkey ALONE where an application asks for phishing resistance: a person
 * adds a passkey (Chromium's virtual authenticator through the DevTools protocol), signs
 * out, and signs in to the application with the passkey only (no username, no password);
 * the ID token says phishing-resistant ({@code acr}) and {@code hwk} without {@code pwd}
 * ({@code amr}); the consent page (FED-3) on the way;</li>
 * <li>the step-up page (FED-4) and the passkey-needed page, in English and Spanish.</li>
 * </ul>
 * The application's redirect URI (the portal, not running here) is caught by the browser.
 */
@FederationServerTest
class FederationBrowserTest {

	static final String PHISHING_RESISTANT = "urn:gov:irs:secure-access:aal2:phishing-resistant";

	private static Chromium chromium;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	OutboxReader outbox;

	@Autowired
	AuditLog audit;

	@Autowired
	SourcesProperties sources;

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
	void SIGN_1_FED_4_whenAnApplicationAsksForPhishingResistance_thenAPasskeyAloneSignsInWithoutThePassword()
			throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "fed.passkeyalone");
		OIDCProviderMetadata metadata = NimbusClient.discover(FederationServerTest.Port.issuer());
		NimbusClient app = NimbusClient.portal(metadata, "tin-matching");
		NimbusClient.Flow flow = app.start(new Scope("openid", "profile"), PHISHING_RESISTANT, null);
		AtomicReference<String> arrived;
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			arrived = catchApplication(context);
			CDPSession cdp = context.newCDPSession(page);
			cdp.send("WebAuthn.enable");
			JsonObject options = new JsonObject();
			options.addProperty("protocol", "ctap2");
			options.addProperty("transport", "internal");
			options.addProperty("hasResidentKey", true);
			options.addProperty("hasUserVerification", true);
			options.addProperty("isUserVerified", true);
			JsonObject args = new JsonObject();
			args.add("options", options);
			cdp.send("WebAuthn.addVirtualAuthenticator", args);

			// A passkey added the usual way: signed in with password and code, from the
			// profile.
			page.navigate(url("/sign-in"));
			assertThat(page.isVisible("#passkey-alone-link")).as("no application asked: no passkey alone").isFalse();
			page.fill("#username", person.username());
			page.click("button:has-text('Continue')");
			page.fill("#password", TestAccounts.PASSWORD);
			page.click("button:has-text('Continue')");
			page.fill("#code", OutboxCodes.latest(this.outbox, person.phone()));
			page.click("main button:has-text('Sign in')");
			page.click("button:has-text('Accept')");
			page.navigate(url("/account/passkeys"));
			page.fill("#passkey-name", "Laptop");
			page.click("main button:has-text('Add a passkey')");
			page.waitForSelector("main .usa-alert--info, #error-summary");
			assertThat(page.textContent("main")).contains("Your passkey was added.");
			page.navigate(url("/account"));
			page.click("main button:has-text('Sign out')");

			// The application asks for phishing resistance: the sign-in offers a passkey
			// alone.
			page.navigate(flow.uri().toString());
			page.waitForURL("**/sign-in");
			chromium.audit(page, "sign-in offering a passkey alone");
			page.click("#passkey-alone-link");
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(page.isVisible("#passkey-alone")).isTrue();
			assertThat(page.isVisible("#password")).as("no password asked").isFalse();
			chromium.audit(page, "passkey alone");
			page.click("#passkey-alone button:has-text('Sign in with a passkey')");
			page.waitForURL("**/federation/consent**");
			chromium.audit(page, "consent");
			assertThat(page.textContent("main")).contains("e-Services TIN Matching").contains("Your first name");
			page.click("#consent-allow");
			page.waitForCondition(() -> arrived.get() != null);
		}
		OIDCTokenResponse tokens = (OIDCTokenResponse) app.exchange(app.code(flow, arrived.get()), flow.verifier())
			.toSuccessResponse();
		IDTokenClaimsSet claims = app.validate(tokens.getOIDCTokens().getIDToken(), flow.nonce());
		assertThat(claims.getACR().getValue()).isEqualTo(PHISHING_RESISTANT);
		assertThat(claims.getAMR()).extracting(Object::toString).contains("hwk", "user").doesNotContain("pwd", "sms");
		assertThat(this.audit.forSubject("account:" + person.id(), 30))
			.anyMatch((entry) -> entry.action().equals("signin.succeeded")
					&& "true".equals(entry.details().get("passwordless")));
	}

	@Test
	void FED_4_whenTheStepUpAndPasskeyPagesShow_thenAxeFindsNothingInEnglishOrSpanish() throws Exception {
		FederationPeople.Person person = new FederationPeople(this.sources, this.accounts, this.hasher).withAccount(32,
				2, "tax-record,sms");
		OIDCProviderMetadata metadata = NimbusClient.discover(FederationServerTest.Port.issuer());
		NimbusClient app = NimbusClient.portal(metadata, "ip-pin");
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			catchApplication(context);
			page.navigate(app.start().uri().toString());
			page.waitForURL("**/sign-in");
			page.fill("#username", person.username());
			page.click("button:has-text('Continue')");
			page.fill("#password", TestAccounts.PASSWORD);
			page.click("button:has-text('Continue')");
			page.fill("#code", OutboxCodes.latest(this.outbox, person.phone()));
			page.click("main button:has-text('Sign in')");
			page.waitForURL("**/federation/step-up");
			chromium.audit(page, "step-up");
			page.click("main button:has-text('Continue')");
			assertThat(page.isVisible("#error-summary")).as("nothing chosen: said on the page").isTrue();
			chromium.audit(page, "step-up with an error");
			page.navigate(url("/federation/step-up?lang=es"));
			assertThat(page.textContent("h1")).contains("Termine de verificar su identidad");
			chromium.audit(page, "step-up in Spanish");
			page.navigate(url("/federation/passkey-needed?lang=es"));
			chromium.audit(page, "passkey needed in Spanish");
			page.navigate(url("/federation/passkey-needed?lang=en"));
			chromium.audit(page, "passkey needed");
			page.navigate(url("/federation/error"));
			chromium.audit(page, "error page");
		}
	}

	@Test
	void FED_2_whenTheConsentFormIsSentUnderTheRealContentSecurityPolicy_thenTheBrowserReachesTheApplication()
			throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "fed.csp");
		OIDCProviderMetadata metadata = NimbusClient.discover(FederationServerTest.Port.issuer());
		NimbusClient app = NimbusClient.portal(metadata, "document-drop");
		NimbusClient.Flow flow = app.start(new Scope("openid", "documents.write"), null, null);
		AtomicReference<String> arrived;
		try (BrowserContext context = chromium.browser().newContext()) {
			Page page = context.newPage();
			arrived = catchApplication(context);
			page.navigate(flow.uri().toString());
			page.waitForURL("**/sign-in");
			page.fill("#username", person.username());
			page.click("button:has-text('Continue')");
			page.fill("#password", TestAccounts.PASSWORD);
			page.click("button:has-text('Continue')");
			page.fill("#code", OutboxCodes.latest(this.outbox, person.phone()));
			page.click("main button:has-text('Sign in')");
			page.click("button:has-text('Accept')");
			page.waitForURL("**/federation/consent**");
			assertThat(page.textContent("main")).contains("Send documents to the IRS for you");
			page.click("#consent-allow");
			page.waitForCondition(() -> arrived.get() != null);
		}
		assertThat(app.code(flow, arrived.get())).as("form-action let the redirect to the application through")
			.isNotNull();
	}

	/**
	 * Requests to the portal (the application, not running here) are caught: their URL is
	 * the answer.
	 */
	private static AtomicReference<String> catchApplication(BrowserContext context) {
		AtomicReference<String> arrived = new AtomicReference<>();
		context.route("http://localhost:8081/**", (route) -> {
			arrived.set(route.request().url());
			route.fulfill(new Route.FulfillOptions().setStatus(200).setBody("portal"));
		});
		return arrived;
	}

	private String url(String path) {
		return FederationServerTest.Port.issuer() + path;
	}

}
