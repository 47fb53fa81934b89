package gov.irs.secureaccess.factors.totp.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.agreement.AgreementAcceptances;
import gov.irs.secureaccess.accounts.agreement.UserAgreement;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.accounts.web.SignedInBrowsers;
import gov.irs.secureaccess.audit.AuditEntry;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.factors.totp.AppCodeCheck;
import gov.irs.secureaccess.factors.totp.AppState;
import gov.irs.secureaccess.factors.totp.AuthenticatorApps;
import gov.irs.secureaccess.factors.totp.AuthenticatorChanges;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.session.AccountPrincipal;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import gov.irs.secureaccess.support.Oathtool;
import gov.irs.secureaccess.support.QrDecoder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static gov.irs.secureaccess.support.FormTokens.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The authenticator app from the profile page: enrolment with a QR code and a key (APP-1,
 * APP-2), one app per account (APP-3), replacing a device and removing the app, never the
 * last second factor (APP-4); every change emailed (SIGN-9) and audited with the source
 * address (DATA-4). Codes come from {@code oathtool}.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AuthenticatorProfileTest {

	private static final Pattern KEY = Pattern.compile("id=\"manual-key\">([A-Z2-7 ]+)<");

	private static final Pattern APP_ROW = Pattern
		.compile(">(?:Authenticator app|Aplicación de autenticación)</th>\\s*<td>([^<]*)</td>");

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	AuditLog audit;

	@Autowired
	AuthenticatorApps apps;

	@Autowired
	AuthenticatorChanges changes;

	@Autowired
	AgreementAcceptances acceptances;

	@Autowired
	UserAgreement agreement;

	@Autowired
	MutableClock clock;

	SignedInBrowsers browsers;

	@BeforeEach
	void browsers() {
		Oathtool.assumeInstalled();
		this.browsers = new SignedInBrowsers(this.mvc, this.outbox, this.accounts, this.hasher);
	}

	@Test
	void APP_1_whenAnAppIsAdded_thenThePageShowsA160BitKeyInGroupsTheClockReminderAndAQrCodeOfTheSameUri()
			throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("app1");
		assertThat(person.browser().page("/account")).contains("href=\"/account/authenticator\"");
		assertThat(person.browser().page("/account/authenticator")).contains("Add an authenticator app");

		String page = start(person.browser());

		String grouped = key(page);
		assertThat(grouped).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
		String key = grouped.replace(" ", "");
		assertThat(key).hasSize(32);
		assertThat(page).contains("must be right")
			.contains("alt=\"QR code to set up your authenticator app.")
			.contains("src=\"/account/authenticator/qr.png\"")
			.contains("<label class=\"usa-label\" for=\"code\"");

		MockHttpServletResponse png = person.browser().get("/account/authenticator/qr.png");
		assertThat(png.getStatus()).isEqualTo(200);
		assertThat(png.getContentType()).isEqualTo("image/png");
		assertThat(png.getHeader("Cache-Control")).contains("no-store");
		String uri = decodeQr(png.getContentAsByteArray());
		assertThat(uri).startsWith("otpauth://totp/Secure%20Access:" + person.account().username() + "?")
			.contains("secret=" + key)
			.contains("issuer=Secure%20Access")
			.contains("digits=6")
			.contains("period=30")
			.contains("algorithm=SHA1");

		// The page in Spanish keeps the reminder.
		assertThat(person.browser().page("/account/authenticator?lang=es")).contains("debe estar en hora");
	}

	@Test
	void APP_1_whenNothingIsBeingSetUp_thenThereIsNoQrCodeAndAWrongFirstCodeKeepsTheSetUpWaiting() throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("app1wrong");
		assertThat(person.browser().get("/account/authenticator/qr.png").getStatus()).isEqualTo(404);
		String key = key(start(person.browser()));
		String right = Oathtool.code(key, this.clock.instant());
		String wrong = right.equals("000000") ? "111111" : "000000";

		MockHttpServletResponse refused = person.browser()
			.post("/account/authenticator/confirm", Map.of("code", wrong));

		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("That code is not right.").contains(key);
		assertThat(this.apps.state(person.account().id())).isEqualTo(AppState.SETTING_UP);
		assertThat(this.browsers.emailsTo(person.email())).isEmpty();
	}

	@Test
	void APP_1_SIGN_9_whenTheFirstCodeIsRight_thenTheAppSignsInAndTheAdditionIsEmailedAndAuditedWithTheAddress()
			throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("app9add");
		String key = key(start(person.browser()));

		assertThat(confirm(person.browser(), key).getRedirectedUrl()).isEqualTo("/account");

		assertThat(person.browser().page("/account")).contains("Your authenticator app is set up.");
		assertThat(person.browser().get("/account/authenticator/qr.png").getStatus()).isEqualTo(404);
		assertThat(person.browser().page("/account/authenticator")).doesNotContain(key.substring(0, 9))
			.contains("Replace with a new device");
		assertThat(this.browsers.emailsTo(person.email())).singleElement()
			.satisfies((OutboxEntry email) -> assertThat(email.template())
				.isEqualTo("security-notice.authenticator_added"));
		assertAudited(person, "authenticator.added");

		this.clock.advance(Duration.ofSeconds(30));
		assertThat(signInWithApp(person, key).getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void APP_2_whenAnAppIsAddedFromTheProfilePage_thenTheProfilePageSaysTheAppIsSetUp() throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("app2home");
		assertThat(appRow(person.browser().page("/account"))).isEqualTo("None");

		enrol(person.browser());

		assertThat(appRow(person.browser().page("/account"))).isEqualTo("Set up");
		assertThat(appRow(person.browser().page("/account?lang=es"))).isEqualTo("Configurada");
	}

	@Test
	void APP_3_whenAddIsPostedAgainWithAConfirmedApp_thenItSetsUpAReplacementAndNeverASecondApp() throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("app3");
		String first = enrol(person.browser());

		String second = key(start(person.browser()));

		assertThat(second).isNotEqualTo(first);
		assertThat(this.apps.state(person.account().id())).isEqualTo(AppState.REPLACING);
		assertThat(this.apps.isEnrolled(person.account().id())).isTrue();
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.apps.verify(person.account().id(), Oathtool.code(second, this.clock.instant())))
			.as("the waiting secret does not sign in")
			.isNotEqualTo(AppCodeCheck.ACCEPTED);
	}

	@Test
	void APP_4_SIGN_9_whenADeviceIsReplaced_thenTheOldAppSignsInUntilTheNewOneIsConfirmedAndThenOnlyTheNewOne()
			throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("app4replace");
		String old = enrol(person.browser());

		String next = key(start(person.browser()));
		assertThat(person.browser().page("/account/authenticator")).contains("keeps working");

		// During the replacement the old app still signs in.
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(signInWithApp(person, old).getRedirectedUrl()).isEqualTo("/account");

		this.clock.advance(Duration.ofSeconds(30));
		assertThat(confirm(person.browser(), next).getRedirectedUrl()).isEqualTo("/account");
		assertThat(person.browser().page("/account")).contains("codes from your old one no longer work");

		this.clock.advance(Duration.ofSeconds(30));
		assertThat(tryAppSignIn(person, old).getRedirectedUrl()).as("the old app no longer signs in")
			.isNotEqualTo("/account");
		assertThat(signInWithApp(person, next).getRedirectedUrl()).isEqualTo("/account");

		assertThat(this.browsers.emailsTo(person.email())).extracting(OutboxEntry::template)
			.containsExactly("security-notice.authenticator_replaced", "security-notice.authenticator_added");
		assertAudited(person, "authenticator.replaced");
	}

	@Test
	void APP_4_whenAReplacementIsCancelled_thenTheOldAppStaysAndTheNewKeyNeverWorks() throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("app4cancel");
		String old = enrol(person.browser());
		String next = key(start(person.browser()));

		person.browser().post("/account/authenticator/cancel", Map.of());

		assertThat(this.apps.state(person.account().id())).isEqualTo(AppState.ENROLLED);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(person.browser()
			.post("/account/authenticator/confirm", Map.of("code", Oathtool.code(next, this.clock.instant())))
			.getRedirectedUrl()).isEqualTo("/account/authenticator");
		assertThat(signInWithApp(person, old).getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void APP_4_SIGN_9_whenThePhoneRemains_thenTheAppCanBeRemovedEmailedAndAuditedWithTheAddress() throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("app4remove");
		enrol(person.browser());
		assertThat(person.browser().page("/account/authenticator")).contains("Remove the authenticator app</button>");

		assertThat(person.browser().post("/account/authenticator/remove", Map.of()).getRedirectedUrl())
			.isEqualTo("/account");

		assertThat(this.apps.state(person.account().id())).isEqualTo(AppState.NONE);
		assertThat(person.browser().page("/account")).contains("Your authenticator app was removed.");
		assertThat(this.browsers.emailsTo(person.email())).first()
			.satisfies((OutboxEntry email) -> assertThat(email.template())
				.isEqualTo("security-notice.authenticator_removed"));
		assertAudited(person, "authenticator.removed");
		// Back to texted codes.
		assertThat(new SigninDriver(this.mvc, this.outbox)
			.signIn(person.account().username(), TestAccounts.PASSWORD, person.account().phone())
			.getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void APP_4_whenTheAppIsTheLastSecondFactor_thenNoRemoveButtonAndTheServerRefusesIt() throws Exception {
		long id = accountWithoutPhone("app4last");
		this.apps.begin(id);
		String key = this.apps.pending(id).orElseThrow().manualEntryKey();
		this.apps.confirm(id, Oathtool.code(key, this.clock.instant()));
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
				new AccountPrincipal(id, "app4last", 3), null, List.of(new SimpleGrantedAuthority("ROLE_ACCOUNT")));
		this.acceptances.accept(id, this.agreement.currentVersion(), "192.0.2.1");

		String page = this.mvc.perform(get("/account/authenticator").with(authentication(signedIn)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("You can’t remove your authenticator app")
			.doesNotContain("/account/authenticator/remove");

		MockHttpServletResponse refused = this.mvc
			.perform(post("/account/authenticator/remove").with(authentication(signedIn)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("Your authenticator app was not removed");
		assertThat(this.apps.isEnrolled(id)).isTrue();
		assertThat(this.changes.remove(id, "192.0.2.1", Locale.ENGLISH))
			.isEqualTo(AuthenticatorChanges.Removal.REFUSED_LAST_FACTOR);
		assertThat(this.apps.isEnrolled(id)).isTrue();
		assertThat(this.browsers.emailsTo("app4last@example.test")).isEmpty();
	}

	private long accountWithoutPhone(String username) {
		return this.accounts.create(new NewAccount(username, username + "@example.test", "Alex", "Rivera",
				LocalDate.of(1970, 3, 3), Ssn.parse("999-55-0404"), this.hasher.hash(TestAccounts.PASSWORD),
				"Boats at dawn", "flight", null, AccountStatus.ACTIVE, 3, "tax-record,financial,mail", Map.of()));
	}

	private String start(SigninDriver browser) throws Exception {
		assertThat(browser.post("/account/authenticator/start", Map.of()).getRedirectedUrl())
			.isEqualTo("/account/authenticator");
		return browser.page("/account/authenticator");
	}

	/**
	 * A confirmed app; the profile page with its notice is seen, so the next notice is
	 * the next change's.
	 */
	private String enrol(SigninDriver browser) throws Exception {
		String key = key(start(browser));
		assertThat(confirm(browser, key).getRedirectedUrl()).isEqualTo("/account");
		assertThat(browser.page("/account")).contains("Your authenticator app is set up.");
		return key;
	}

	private MockHttpServletResponse confirm(SigninDriver browser, String key) throws Exception {
		return browser.post("/account/authenticator/confirm", Map.of("code", Oathtool.code(key, this.clock.instant())));
	}

	private MockHttpServletResponse tryAppSignIn(SignedInBrowsers.Person person, String key) throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", person.account().username()));
		browser.submit("password", Map.of("password", TestAccounts.PASSWORD));
		return browser.submit("code", Map.of("code", Oathtool.code(key, this.clock.instant())));
	}

	private MockHttpServletResponse signInWithApp(SignedInBrowsers.Person person, String key) throws Exception {
		return tryAppSignIn(person, key);
	}

	private void assertAudited(SignedInBrowsers.Person person, String action) {
		assertThat(this.audit.forSubject("account:" + person.account().id(), 50))
			.filteredOn((AuditEntry entry) -> entry.action().equals(action))
			.singleElement()
			.satisfies((AuditEntry entry) -> assertThat(entry.sourceAddress()).isNotBlank());
	}

	/**
	 * What the profile page's "Authenticator app" row says
	 * ({@code account.profile.appValue} or {@code appNone}).
	 */
	private static String appRow(String page) {
		Matcher row = APP_ROW.matcher(page);
		assertThat(row.find()).as("the authenticator app row").isTrue();
		return row.group(1).strip();
	}

	private static String key(String page) {
		Matcher matcher = KEY.matcher(page);
		assertThat(matcher.find()).as("the page shows the key").isTrue();
		return matcher.group(1).strip();
	}

	private static String decodeQr(byte[] png) throws Exception {
		return QrDecoder.decode(png);
	}

}
