package gov.irs.secureaccess.pages;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.TestAccounts;
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
 * Passkeys in Debian's Chromium with its virtual authenticator (DevTools protocol
 * {@code WebAuthn.*} through Playwright's CDP session): a person signed in with a texted
 * code adds a passkey from the profile page, signs out, and signs in with password and
 * passkey in place of the code; axe-core checks the passkey pages.
 */
@RunningServerTest
class PasskeyBrowserTest {

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
	void SIGN_1_whenAPasskeyIsAddedFromTheProfile_thenPasswordAndPasskeySignIn() {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "browser.passkey");
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
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
			String authenticatorId = cdp.send("WebAuthn.addVirtualAuthenticator", args)
				.get("authenticatorId")
				.getAsString();

			page.navigate(url("/sign-in"));
			page.fill("#username", account.username());
			page.click("button:has-text('Continue')");
			page.fill("#password", TestAccounts.PASSWORD);
			page.click("button:has-text('Continue')");
			assertThat(page.isVisible("#passkey-signin")).as("no passkey yet, none offered").isFalse();
			page.fill("#code", OutboxCodes.latest(this.outbox, account.phone()));
			page.click("main button:has-text('Sign in')");
			page.click("button:has-text('Accept')");

			page.click("main a[href='/account/passkeys']");
			chromium.audit(page, "passkeys: none");
			assertThat(page.textContent("main")).contains("You have no passkeys yet.");
			assertThat(page.isVisible("#passkey-add")).as("the add button is shown where passkeys work").isTrue();
			page.fill("#passkey-name", "Work laptop");
			page.click("main button:has-text('Add a passkey')");
			page.waitForSelector("main .usa-alert--info, #error-summary");
			chromium.audit(page, "passkeys: one added");
			assertThat(page.textContent("main")).contains("Your passkey was added.");
			assertThat(page.textContent("#passkey-list .passkey-name")).isEqualTo("Work laptop");
			JsonObject listed = cdp.send("WebAuthn.getCredentials", authenticatorIdArgs(authenticatorId));
			assertThat(listed.getAsJsonArray("credentials")).hasSize(1);
			assertThat(this.outbox.newest(100)).as("SIGN-9: the add was emailed")
				.anyMatch((entry) -> entry.recipient().equals(account.username() + "@example.test")
						&& entry.template().equals("security-notice.passkey_added"));

			page.navigate(url("/account"));
			page.click("main button:has-text('Sign out')");

			page.navigate(url("/sign-in"));
			page.fill("#username", account.username());
			page.click("button:has-text('Continue')");
			page.fill("#password", TestAccounts.PASSWORD);
			page.click("button:has-text('Continue')");
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(page.isVisible("#passkey-signin")).as("the code page offers the passkey").isTrue();
			chromium.audit(page, "sign-in: code or passkey");
			page.click("main button:has-text('Use a passkey')");
			page.waitForURL("**/account");
			assertThat(page.textContent("main")).contains(account.username());
			JsonObject after = cdp.send("WebAuthn.getCredentials", authenticatorIdArgs(authenticatorId));
			assertThat(after.getAsJsonArray("credentials").get(0).getAsJsonObject().get("signCount").getAsInt())
				.isGreaterThan(0);
		}
	}

	private static JsonObject authenticatorIdArgs(String id) {
		JsonObject args = new JsonObject();
		args.addProperty("authenticatorId", id);
		return args;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
