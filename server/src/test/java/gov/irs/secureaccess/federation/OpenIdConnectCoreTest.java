package gov.irs.secureaccess.federation;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.claims.AccessTokenHash;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.FederationServerTest;
import gov.irs.secureaccess.support.MutableClock;
import gov.irs.secureaccess.support.OutboxCodes;
import net.minidev.json.JSONObject;
import net.minidev.json.parser.JSONParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an independent relying party found wrong (issue 11) and the authorization requests
 * an attacker sent (issue 14, item 10), each against the OpenID Connect Core 1.0 or RFC
 * section it breaks, with the Nimbus client and the real pages: {@code max_age=0}
 * finishes, {@code prompt=none} without a session answers {@code login_required},
 * userinfo's {@code auth_time} is a NumericDate, {@code error_description} in words,
 * {@code at_hash}, {@code sid}, {@code ui_locales}, {@code login_hint},
 * {@code id_token_hint}, {@code prompt=consent}, and refused parameters.
 */
@FederationServerTest
class OpenIdConnectCoreTest {

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	OutboxReader outbox;

	@Autowired
	MutableClock clock;

	OIDCProviderMetadata metadata;

	@BeforeEach
	void discover() throws Exception {
		this.metadata = NimbusClient.discover(FederationServerTest.Port.issuer());
	}

	@Test
	@DisplayName("FED-4 OIDC Core 3.1.2.1 max_age=0: the person signs in once and the application gets its code")
	void FED_4_whenMaxAgeIsZero_thenTheSignInFinishes() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "oidc.maxage0");
		NimbusClient app = NimbusClient.portal(this.metadata, "online-account");
		FormBrowser browser = browser();

		// Nobody signed in yet: the sign-in that follows is fresh, whatever max_age says.
		NimbusClient.Flow first = app.start();
		browser.follow(browser.get(first.uri() + "&max_age=0"));
		HttpResponse<String> answer = browser.acceptAgreementIfAsked(slowSignIn(browser, person));
		IDTokenClaimsSet claims = idToken(app, first, browser.consent(true));
		assertThat(claims.getAuthenticationTime()).as("OIDC Core 3.1.2.1: auth_time with max_age").isNotNull();

		// Signed in a while ago: max_age=0 asks for a sign-in now, and after it the code
		// comes.
		this.clock.advance(Duration.ofMinutes(3));
		NimbusClient.Flow second = app.start();
		answer = browser.follow(browser.get(second.uri() + "&max_age=0"));
		assertThat(answer.uri().getPath()).isEqualTo("/sign-in");
		answer = slowSignIn(browser, person);
		assertThat(FormBrowser.isRedirect(answer))
			.as("back to the application, not to the username page: " + answer.uri())
			.isTrue();
		IDTokenClaimsSet again = idToken(app, second, answer);
		assertThat(again.getAuthenticationTime()).isAfter(claims.getAuthenticationTime());
	}

	@Test
	@DisplayName("FED-4 OIDC Core 3.1.2.1 max_age=1 after a sign-in that took longer than a second still finishes")
	void FED_4_whenMaxAgeIsShorterThanTheSignInTakes_thenItStillFinishes() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "oidc.maxage1");
		NimbusClient app = NimbusClient.portal(this.metadata, "online-account");
		FormBrowser browser = browser();
		NimbusClient.Flow first = app.start();
		browser.follow(browser.get(first.uri().toString()));
		browser.acceptAgreementIfAsked(browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone()));
		idToken(app, first, browser.consent(true));

		this.clock.advance(Duration.ofSeconds(5));
		NimbusClient.Flow second = app.start();
		browser.follow(browser.get(second.uri() + "&max_age=1"));
		HttpResponse<String> answer = slowSignIn(browser, person);
		assertThat(FormBrowser.isRedirect(answer)).as("the code, not the username page again: " + answer.uri())
			.isTrue();
		idToken(app, second, answer);
	}

	@Test
	@DisplayName("FED-2 OIDC Core 3.1.2.1: an authorization request sent as a form POST is resumed after the sign-in")
	void FED_2_whenTheAuthorizationRequestIsPosted_thenItIsAnsweredAfterTheSignIn() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "oidc.post");
		NimbusClient app = NimbusClient.portal(this.metadata, "online-account");
		NimbusClient.Flow flow = app.start(new Scope("openid"), null, null);
		List<String[]> fields = new ArrayList<>();
		for (String pair : flow.uri().getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			fields.add(new String[] { URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					URLDecoder.decode(parts[1], StandardCharsets.UTF_8) });
		}
		FormBrowser browser = browser();
		HttpResponse<String> page = browser.follow(browser.post("/oauth2/authorize", fields));
		assertThat(page.uri().getPath()).isEqualTo("/sign-in");
		HttpResponse<String> answer = browser
			.acceptAgreementIfAsked(browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone()));
		idToken(app, flow, answer);
	}

	@Test
	@DisplayName("FED-2 OIDC Core 3.1.2.6 prompt=none and nobody signed in: login_required at the redirect URI")
	void FED_2_whenPromptIsNoneAndNobodyIsSignedIn_thenLoginRequiredGoesToTheApplication() throws Exception {
		NimbusClient app = NimbusClient.portal(this.metadata, "get-transcript");
		NimbusClient.Flow flow = app.start(new Scope("openid", "profile"), null, "none");
		HttpResponse<String> response = browser().get(flow.uri().toString());
		assertThat(response.statusCode()).isEqualTo(302);
		AuthorizationResponse answer = app.response(response);
		AuthorizationErrorResponse error = answer.toErrorResponse();
		assertThat(error.getErrorObject().getCode()).isEqualTo("login_required");
		assertThat(error.getState()).isEqualTo(flow.state());
		assertThat(error.getIssuer()).as("RFC 9207 iss").hasToString(FederationServerTest.Port.issuer());
		assertThat(error.getErrorObject().getDescription()).contains("Nobody is signed in");
	}

	@Test
	@DisplayName("FED-2 OIDC Core 5.3.2 and 2: userinfo auth_time is a NumericDate, the ID token's")
	void FED_2_whenUserinfoIsAsked_thenAuthTimeIsANumericDate() throws Exception {
		Signed signed = signIn("oidc.userinfo", "ip-pin");
		HttpResponse<String> userinfo = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(this.metadata.getUserInfoEndpointURI())
				.header("Authorization", "Bearer " + signed.tokens().getOIDCTokens().getAccessToken().getValue())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(userinfo.statusCode()).isEqualTo(200);
		JSONObject json = (JSONObject) new JSONParser(JSONParser.MODE_PERMISSIVE).parse(userinfo.body());
		assertThat(json.get("auth_time")).as(userinfo.body()).isInstanceOf(Number.class);
		assertThat(((Number) json.get("auth_time")).longValue())
			.isEqualTo(signed.claims().getAuthenticationTime().getTime() / 1000);
	}

	@Test
	@DisplayName("FED-2 OIDC Core 3.1.3.6 at_hash, Back-Channel Logout 2.1 sid: in the ID token, sid kept for the session")
	void FED_2_whenAnIdTokenIsIssued_thenItHasAtHashAndASidThatStaysForTheSession() throws Exception {
		Signed signed = signIn("oidc.athash", "ip-pin");
		BearerAccessToken access = (BearerAccessToken) signed.tokens().getOIDCTokens().getAccessToken();
		assertThat(signed.claims().getAccessTokenHash()).as("at_hash")
			.isEqualTo(AccessTokenHash.compute(access, JWSAlgorithm.RS256));
		String sid = signed.claims().getStringClaim("sid");
		assertThat(sid).as("sid: random, not the session cookie")
			.matches("[A-Za-z0-9_-]{22}")
			.isNotEqualTo(signed.browser().cookie("SESSION"));

		// The same browser, another application, a sign-in again with prompt=login: the
		// same session, the same sid.
		NimbusClient other = NimbusClient.portal(this.metadata, "online-account");
		NimbusClient.Flow login = other.start(new Scope("openid"), null, "login");
		signed.browser().follow(signed.browser().get(login.uri().toString()));
		HttpResponse<String> answer = signed.browser()
			.signIn(signed.person().username(), TestAccounts.PASSWORD, signed.person().phone());
		assertThat(idToken(other, login, answer).getStringClaim("sid")).isEqualTo(sid);

		// Another browser: another session, another sid.
		Signed elsewhere = signIn(signed.person(), "ip-pin");
		assertThat(elsewhere.claims().getStringClaim("sid")).isNotEqualTo(sid);
	}

	@Test
	@DisplayName("FED-2 OIDC Core 3.1.2.3: signed in for one application, the next one asks no sign-in, only its consent")
	void FED_2_whenSignedInForOneApplication_thenAnotherAsksNoSignInOnlyConsentAndTheSignInIsTheSame()
			throws Exception {
		Signed signed = signIn("oidc.sso", "ip-pin");
		NimbusClient other = NimbusClient.portal(this.metadata, "online-account");
		NimbusClient.Flow flow = other.start();
		HttpResponse<String> page = signed.browser().follow(signed.browser().get(flow.uri().toString()));
		assertThat(page.uri().getPath()).as("the session's sign-in counts: the consent page, no sign-in page")
			.isEqualTo("/federation/consent");
		IDTokenClaimsSet claims = idToken(other, flow, signed.browser().consent(true));
		assertThat(claims.getAuthenticationTime()).as("auth_time: the same sign-in")
			.isEqualTo(signed.claims().getAuthenticationTime());
		assertThat(claims.getStringClaim("sid")).isEqualTo(signed.claims().getStringClaim("sid"));
		assertThat(claims.getSubject()).as("sub is per application").isNotEqualTo(signed.claims().getSubject());
	}

	@Test
	@DisplayName("FED-3 RFC 6749 4.1.2.1: the error_description of a denial and of consent_required says what happened")
	void FED_3_whenDeniedOrConsentIsRequired_thenTheDescriptionIsInWords() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "oidc.words");
		NimbusClient app = NimbusClient.portal(this.metadata, "get-transcript");
		NimbusClient.Flow flow = app.start();
		FormBrowser browser = browser();
		browser.follow(browser.get(flow.uri().toString()));
		browser.acceptAgreementIfAsked(browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone()));
		AuthorizationErrorResponse denied = app.response(browser.consent(false)).toErrorResponse();
		assertThat(denied.getErrorObject().getCode()).isEqualTo("access_denied");
		assertThat(denied.getErrorObject().getDescription()).doesNotContain("OAuth 2.0 Parameter")
			.contains("chose not to allow");

		NimbusClient.Flow none = app.start(new Scope("openid", "profile"), null, "none");
		AuthorizationErrorResponse required = app.response(browser.get(none.uri().toString())).toErrorResponse();
		assertThat(required.getErrorObject().getCode()).isEqualTo("consent_required");
		assertThat(required.getErrorObject().getDescription()).doesNotContain("OAuth 2.0 Parameter")
			.contains("without prompt=none");
		assertThat(required.getErrorObject().getDescription()).as("RFC 6749 4.1.2.1: %x20-21 / %x23-5B / %x5D-7E")
			.matches("[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]+");
	}

	@Test
	@DisplayName("FED-2 OIDC Core 3.1.2.1 ui_locales=es: the sign-in pages are in Spanish")
	void FED_2_whenUiLocalesAsksForSpanish_thenThePagesAreSpanish() throws Exception {
		NimbusClient app = NimbusClient.portal(this.metadata, "get-transcript");
		FormBrowser browser = browser();
		HttpResponse<String> page = browser
			.follow(browser.get(app.start().uri() + "&ui_locales=" + enc("fr-CA es en")));
		assertThat(page.uri().getPath()).isEqualTo("/sign-in");
		assertThat(page.body()).contains("<html lang=\"es\"").contains("Nombre de usuario");

		FormBrowser english = browser();
		page = english.follow(english.get(app.start().uri() + "&ui_locales=" + enc("de")));
		assertThat(page.body()).as("none of ours: unchanged").contains("<html lang=\"en\"").contains("Username");
	}

	@Test
	@DisplayName("FED-2 OIDC Core 3.1.2.1 login_hint: the username page starts with it, escaped")
	void FED_2_whenLoginHintIsGiven_thenTheUsernameIsFilledIn() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "oidc.hint");
		NimbusClient app = NimbusClient.portal(this.metadata, "get-transcript");
		FormBrowser browser = browser();
		HttpResponse<String> page = browser
			.follow(browser.get(app.start().uri() + "&login_hint=" + enc(person.username())));
		assertThat(page.body()).contains("value=\"" + person.username() + "\"");

		FormBrowser attacker = browser();
		page = attacker.follow(attacker.get(app.start().uri() + "&login_hint=" + enc("\"><script>alert(1)</script>")));
		assertThat(page.body()).doesNotContain("<script>alert(1)").contains("&quot;&gt;&lt;script&gt;");
	}

	@Test
	@DisplayName("FED-2 OIDC Core 3.1.2.1 id_token_hint with prompt=none: the same person passes, another gets login_required")
	void FED_2_whenIdTokenHintIsGiven_thenItMustNameThePersonSignedIn() throws Exception {
		Signed first = signIn("oidc.hint.one", "ip-pin");
		NimbusClient.Flow silent = first.app().start(new Scope("openid", "profile"), null, "none");
		String hint = "&id_token_hint=" + enc(first.tokens().getOIDCTokens().getIDTokenString());
		AuthorizationResponse same = first.app().response(first.browser().get(silent.uri() + hint));
		assertThat(same.indicatesSuccess()).as(String.valueOf(same)).isTrue();

		Signed second = signIn("oidc.hint.two", "ip-pin");
		NimbusClient.Flow other = second.app().start(new Scope("openid", "profile"), null, "none");
		AuthorizationResponse someoneElse = second.app().response(second.browser().get(other.uri() + hint));
		assertThat(someoneElse.toErrorResponse().getErrorObject().getCode()).isEqualTo("login_required");

		AuthorizationResponse forged = second.app()
			.response(second.browser().get(other.uri() + "&id_token_hint=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."));
		assertThat(forged.toErrorResponse().getErrorObject().getCode()).isEqualTo("login_required");
	}

	@Test
	@DisplayName("FED-3 OIDC Core 3.1.2.1 prompt=consent: asked again though allowed before")
	void FED_3_whenPromptIsConsent_thenTheConsentPageShowsAgain() throws Exception {
		Signed signed = signIn("oidc.consent", "ip-pin");
		NimbusClient.Flow again = signed.app().start(new Scope("openid", "profile"), null, "consent");
		HttpResponse<String> page = signed.browser().follow(signed.browser().get(again.uri().toString()));
		assertThat(page.uri().getPath()).isEqualTo("/federation/consent");
		idToken(signed.app(), again, signed.browser().consent(true));
	}

	@Test
	@DisplayName("FED-2 RFC 7636 4.2, OIDC Core 3.1.2.1, RFC 6749 3.1: malformed authorization requests get invalid_request")
	void FED_2_whenAnAuthorizationRequestIsMalformed_thenTheApplicationGetsInvalidRequest() throws Exception {
		NimbusClient app = NimbusClient.portal(this.metadata, "get-transcript");
		String[][] cases = { { "code_challenge=x", "code_challenge" },
				{ "code_challenge=" + "A".repeat(129), "code_challenge" },
				{ "code_challenge=" + "A".repeat(42) + "%2B", "code_challenge" }, { "scope=", "scope" },
				{ "prompt=bogus", "prompt" }, { "prompt=none%20login", "prompt" }, { "max_age=abc", "max_age" },
				{ "max_age=-1", "max_age" }, { "max_age=1&max_age=2", "max_age" }, { "request=eyJ9", "request" },
				{ "request_uri=https%3A%2F%2Fevil.example%2Fr", "request_uri" } };
		for (String[] bad : cases) {
			NimbusClient.Flow flow = app.start();
			String uri = flow.uri().toString();
			String name = bad[0].substring(0, bad[0].indexOf('='));
			if (uri.contains(name + "=")) {
				uri = uri.replaceAll("([?&])" + name + "=[^&]*", "$1" + bad[0]);
			}
			else {
				uri = uri + "&" + bad[0];
			}
			HttpResponse<String> response = browser().get(uri);
			assertThat(response.statusCode()).as(bad[0]).isEqualTo(302);
			AuthorizationErrorResponse error = app.response(response).toErrorResponse();
			String expected = bad[1].equals("request") ? "request_not_supported"
					: bad[1].equals("request_uri") ? "request_uri_not_supported" : "invalid_request";
			assertThat(error.getErrorObject().getCode()).as(bad[0]).isEqualTo(expected);
			assertThat(error.getState()).as(bad[0]).isEqualTo(flow.state());
			if (expected.equals("invalid_request")) {
				assertThat(error.getErrorObject().getDescription()).as(bad[0]).contains(bad[1]);
			}
			// Issue 11 item 6: the words say what is wrong with the value sent, not that
			// something is missing.
			if (bad[1].equals("code_challenge")) {
				assertThat(error.getErrorObject().getDescription()).as(bad[0])
					.contains("43 to 128", "RFC 7636 4.2")
					.doesNotContain("required");
			}
			if (bad[0].contains("&")) {
				assertThat(error.getErrorObject().getDescription()).as(bad[0]).contains("more than once");
			}
		}
	}

	@Test
	@DisplayName("FED-2 RFC 6749 4.1.2.1: a malformed request that cannot be trusted to go back is our error page")
	void FED_2_whenTheRedirectUriIsNotTrustworthy_thenTheErrorIsOurPage() throws Exception {
		NimbusClient unknown = new NimbusClient(this.metadata, "no-such-app", "whatever-secret-123",
				"https://evil.example/callback");
		HttpResponse<String> page = browser().get(unknown.start().uri() + "&max_age=abc");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.headers().firstValue("Location")).isEmpty();
		assertThat(page.body()).contains("can’t be used").doesNotContain("evil.example");

		NimbusClient app = NimbusClient.portal(this.metadata, "get-transcript");
		page = browser().get(app.start().uri().toString().replace("state=", "state=%00"));
		assertThat(page.statusCode()).as("NUL in state: not sent back").isEqualTo(400);
		assertThat(page.headers().firstValue("Location")).isEmpty();
	}

	/**
	 * Username, password, code; then two seconds of the service's clock pass before the
	 * application's request is resumed (a person reading the next page): more than a
	 * small {@code max_age}.
	 */
	private HttpResponse<String> slowSignIn(FormBrowser browser, TestAccounts.Made person) throws Exception {
		browser.follow(browser.submit("/sign-in", Map.of("step", "username", "username", person.username())));
		browser.follow(browser.submit("/sign-in", Map.of("step", "password", "password", TestAccounts.PASSWORD)));
		HttpResponse<String> signedIn = browser.submit("/sign-in",
				Map.of("step", "code", "code", OutboxCodes.latest(this.outbox, person.phone())));
		this.clock.advance(Duration.ofSeconds(2));
		return browser.follow(signedIn);
	}

	/**
	 * A person signed in through the pages with consent, and what the application got.
	 */
	record Signed(TestAccounts.Made person, NimbusClient app, FormBrowser browser, OIDCTokenResponse tokens,
			IDTokenClaimsSet claims) {
	}

	private Signed signIn(String prefix, String clientId) throws Exception {
		return signIn(TestAccounts.active(this.accounts, this.hasher, prefix), clientId);
	}

	private Signed signIn(TestAccounts.Made person, String clientId) throws Exception {
		NimbusClient app = NimbusClient.portal(this.metadata, clientId);
		NimbusClient.Flow flow = app.start();
		FormBrowser browser = browser();
		browser.follow(browser.get(flow.uri().toString()));
		HttpResponse<String> answer = browser
			.acceptAgreementIfAsked(browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone()));
		if (answer.statusCode() == 200) {
			answer = browser.consent(true);
		}
		OIDCTokenResponse tokens = (OIDCTokenResponse) app.exchange(app.code(flow, answer), flow.verifier())
			.toSuccessResponse();
		JWT idToken = tokens.getOIDCTokens().getIDToken();
		return new Signed(person, app, browser, tokens, app.validate(idToken, flow.nonce()));
	}

	private static IDTokenClaimsSet idToken(NimbusClient app, NimbusClient.Flow flow, HttpResponse<String> redirect)
			throws Exception {
		OIDCTokenResponse tokens = (OIDCTokenResponse) app.exchange(app.code(flow, redirect), flow.verifier())
			.toSuccessResponse();
		return app.validate(tokens.getOIDCTokens().getIDToken(), flow.nonce());
	}

	private FormBrowser browser() {
		return new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static URI uri(String text) {
		return URI.create(text);
	}

}
