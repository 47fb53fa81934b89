package gov.irs.secureaccess.federation;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditEntry;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.FederationServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-2 with an independent client library (Nimbus OAuth 2.0 SDK, not Spring) against the
 * running service: discovery, the authorization code flow with PKCE signing in through
 * the real pages (username, password, texted code, user agreement, consent), the ID
 * token's signature against the JWKS, nonce, audience and {@code acr}; userinfo; refresh
 * with rotation; revocation; RP-initiated logout.
 */
@FederationServerTest
class FederationOidcClientTest {

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	OutboxReader outbox;

	@Autowired
	AuditLog audit;

	@Autowired
	SubjectAccounts subjects;

	OIDCProviderMetadata metadata;

	@BeforeEach
	void discover() throws Exception {
		this.metadata = NimbusClient.discover(FederationServerTest.Port.issuer());
	}

	@Test
	void FED_2_whenDiscovered_thenTheMetadataNamesEveryEndpointAndPkceS256() {
		assertThat(this.metadata.getIssuer().getValue()).isEqualTo(FederationServerTest.Port.issuer());
		assertThat(this.metadata.getAuthorizationEndpointURI()).hasPath("/oauth2/authorize");
		assertThat(this.metadata.getTokenEndpointURI()).isNotNull();
		assertThat(this.metadata.getUserInfoEndpointURI()).isNotNull();
		assertThat(this.metadata.getJWKSetURI()).isNotNull();
		assertThat(this.metadata.getEndSessionEndpointURI()).isNotNull();
		assertThat(this.metadata.getRevocationEndpointURI()).isNotNull();
		assertThat(this.metadata.getCodeChallengeMethods()).extracting(Object::toString).contains("S256");
	}

	@Test
	void FED_2_whenAnIndependentClientSignsAPersonIn_thenIdTokenUserinfoRefreshRevocationAndLogoutWork()
			throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "fed.nimbus");
		NimbusClient app = NimbusClient.portal(this.metadata, "get-transcript");
		NimbusClient.Flow flow = app.start();
		FormBrowser browser = new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);

		HttpResponse<String> response = browser.follow(browser.get(flow.uri().toString()));
		assertThat(response.uri().getPath()).as("our own sign-in pages").isEqualTo("/sign-in");
		response = browser
			.acceptAgreementIfAsked(browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone()));
		assertThat(response.uri().getPath()).as("FED-3: consent first").isEqualTo("/federation/consent");
		assertThat(browser.page).contains("Get Transcript Online")
			.contains("Your first name")
			.contains("Your email address");
		response = browser.consent(true);

		AuthorizationCode code = app.code(flow, response);
		TokenResponse tokenResponse = app.exchange(code, flow.verifier());
		assertThat(tokenResponse.indicatesSuccess()).as(String.valueOf(tokenResponse)).isTrue();
		OIDCTokenResponse tokens = (OIDCTokenResponse) tokenResponse.toSuccessResponse();
		JWT idToken = tokens.getOIDCTokens().getIDToken();
		IDTokenClaimsSet claims = app.validate(idToken, flow.nonce());
		assertThat(claims.getAudience()).extracting(Object::toString).containsExactly("get-transcript");
		assertThat(claims.getACR().getValue()).isEqualTo("urn:gov:irs:secure-access:loa-3");
		assertThat(claims.getAMR()).extracting(Object::toString).contains("pwd", "sms", "mfa");
		assertThat(claims.getAuthenticationTime()).isNotNull();
		assertThat(claims.getStringClaim("given_name")).isEqualTo("Test");
		assertThat(claims.getStringClaim("email")).isEqualTo(person.username() + "@example.test");
		assertThat(claims.getClaim("identity_verified")).isEqualTo(Boolean.TRUE);
		assertThat(idToken.getJWTClaimsSet().getClaims()).doesNotContainKeys("ssn", "birthdate", "phone_number",
				"address");
		String subject = claims.getSubject().getValue();
		assertThat(subject).as("pairwise: a keyed hash, not the account").matches("[0-9a-f]{64}");
		assertThat(this.subjects.accountFor("get-transcript", subject)).contains(person.id());

		AccessToken access = tokens.getOIDCTokens().getAccessToken();
		UserInfo userInfo = userInfo(access);
		assertThat(userInfo.getSubject().getValue()).isEqualTo(subject);
		assertThat(userInfo.getGivenName()).isEqualTo("Test");
		assertThat(userInfo.getStringClaim("acr")).isEqualTo("urn:gov:irs:secure-access:loa-3");

		RefreshToken refresh = tokens.getOIDCTokens().getRefreshToken();
		assertThat(refresh).as("a confidential client gets a refresh token").isNotNull();
		TokenResponse refreshed = app.token(new RefreshTokenGrant(refresh));
		assertThat(refreshed.indicatesSuccess()).as(String.valueOf(refreshed)).isTrue();
		RefreshToken rotated = refreshed.toSuccessResponse().getTokens().getRefreshToken();
		assertThat(rotated).isNotNull().isNotEqualTo(refresh);
		TokenResponse reused = app.token(new RefreshTokenGrant(refresh));
		assertThat(reused.indicatesSuccess()).as("the old refresh token is refused after rotation").isFalse();
		assertThat(((TokenErrorResponse) reused).getErrorObject().getCode()).isEqualTo("invalid_grant");
		AccessToken newAccess = refreshed.toSuccessResponse().getTokens().getAccessToken();
		assertThat(userInfo(newAccess).getSubject().getValue()).isEqualTo(subject);
		JWT refreshedId = ((OIDCTokenResponse) refreshed.toSuccessResponse()).getOIDCTokens().getIDToken();
		assertThat(refreshedId.getJWTClaimsSet().getStringClaim("acr")).isEqualTo("urn:gov:irs:secure-access:loa-3");

		HTTPResponse revoked = new TokenRevocationRequest(this.metadata.getRevocationEndpointURI(),
				new ClientSecretBasic(app.clientId, app.secret), newAccess)
			.toHTTPRequest()
			.send();
		assertThat(revoked.getStatusCode()).isEqualTo(200);
		assertThat(userInfoStatus(newAccess)).as("a revoked access token is refused").isEqualTo(401);

		URI logout = new LogoutRequest(this.metadata.getEndSessionEndpointURI(), refreshedId,
				URI.create("http://localhost:8081/"), new State("bye"))
			.toURI();
		HttpResponse<String> loggedOut = browser.follow(browser.get(logout.toString()));
		assertThat(loggedOut.statusCode()).as(loggedOut.uri() + " " + loggedOut.body()).isEqualTo(302);
		assertThat(FormBrowser.location(loggedOut)).isEqualTo("http://localhost:8081/?state=bye");
		HttpResponse<String> account = browser.get("/account");
		assertThat(FormBrowser.location(account)).as("the session ended").endsWith("/sign-in");

		assertThat(this.audit.forSubject("account:" + person.id(), 50)).extracting(AuditEntry::action)
			.contains("federation.signin", "federation.consent.given");
	}

	@Test
	void FED_2_whenTheRedirectUriIsNotRegistered_thenAnErrorPageAndNoRedirect() throws Exception {
		NimbusClient wrong = new NimbusClient(this.metadata, "get-transcript", "dev-portal-secret",
				"https://evil.example/callback");
		FormBrowser browser = new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
		HttpResponse<String> response = browser.get(wrong.start().uri().toString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.body()).contains("has not registered").doesNotContain("evil.example");
	}

	@Test
	void FED_2_whenTheClientIsUnknown_thenAnErrorPage() throws Exception {
		NimbusClient unknown = new NimbusClient(this.metadata, "no-such-app", "whatever-secret-123",
				"http://localhost:8081/login/oauth2/code/no-such-app");
		FormBrowser browser = new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
		HttpResponse<String> response = browser.get(unknown.start().uri().toString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.body()).contains("not one Secure Access knows");
		TokenResponse token = unknown.exchange(new AuthorizationCode("x"), new CodeVerifier());
		assertThat(token.indicatesSuccess()).isFalse();
		assertThat(((TokenErrorResponse) token).getErrorObject().getCode()).isEqualTo("invalid_client");
	}

	@Test
	void FED_2_whenACodeIsUsedTwice_thenTheSecondIsRefusedAndTheTokensOfTheFirstAreRevoked() throws Exception {
		Signed signed = signInAndConsent("fed.reuse", "ip-pin");
		TokenResponse first = signed.app().exchange(signed.code(), signed.flow().verifier());
		assertThat(first.indicatesSuccess()).isTrue();
		AccessToken access = first.toSuccessResponse().getTokens().getAccessToken();
		assertThat(userInfoStatus(access)).isEqualTo(200);

		TokenResponse second = signed.app().exchange(signed.code(), signed.flow().verifier());
		assertThat(second.indicatesSuccess()).isFalse();
		assertThat(((TokenErrorResponse) second).getErrorObject().getCode()).isEqualTo("invalid_grant");
		assertThat(userInfoStatus(access)).as("the tokens of a reused code are revoked").isEqualTo(401);
		TokenResponse refresh = signed.app()
			.token(new RefreshTokenGrant(first.toSuccessResponse().getTokens().getRefreshToken()));
		assertThat(refresh.indicatesSuccess()).isFalse();
	}

	@Test
	void FED_2_whenThePkceVerifierDoesNotMatch_thenTheCodeIsRefused() throws Exception {
		Signed signed = signInAndConsent("fed.pkce", "online-account");
		TokenResponse token = signed.app().exchange(signed.code(), new CodeVerifier());
		assertThat(token.indicatesSuccess()).isFalse();
		assertThat(((TokenErrorResponse) token).getErrorObject().getCode()).isEqualTo("invalid_grant");
	}

	@Test
	void FED_2_whenNoPkceIsSent_thenTheAuthorizationRequestIsRefused() throws Exception {
		NimbusClient app = NimbusClient.portal(this.metadata, "online-account");
		NimbusClient.Flow flow = app.start();
		String withoutPkce = flow.uri()
			.toString()
			.replaceAll("&code_challenge=[^&]*", "")
			.replaceAll("&code_challenge_method=[^&]*", "");
		FormBrowser browser = new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
		HttpResponse<String> response = browser.get(withoutPkce);
		AuthorizationResponse answer = app.response(response);
		assertThat(answer.indicatesSuccess()).isFalse();
		assertThat(answer.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_request");
	}

	/**
	 * A person signed in through the pages, consented, and the code the application got.
	 */
	record Signed(TestAccounts.Made person, NimbusClient app, NimbusClient.Flow flow, AuthorizationCode code,
			FormBrowser browser) {
	}

	Signed signInAndConsent(String prefix, String clientId) throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, prefix);
		NimbusClient app = NimbusClient.portal(this.metadata, clientId);
		NimbusClient.Flow flow = app.start();
		FormBrowser browser = new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
		browser.follow(browser.get(flow.uri().toString()));
		HttpResponse<String> response = browser
			.acceptAgreementIfAsked(browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone()));
		if (response.statusCode() == 200) {
			response = browser.consent(true);
		}
		return new Signed(person, app, flow, app.code(flow, response), browser);
	}

	UserInfo userInfo(AccessToken access) throws Exception {
		UserInfoResponse response = UserInfoResponse.parse(
				new UserInfoRequest(this.metadata.getUserInfoEndpointURI(), (BearerAccessToken) access).toHTTPRequest()
					.send());
		assertThat(response.indicatesSuccess()).as(String.valueOf(response)).isTrue();
		return response.toSuccessResponse().getUserInfo();
	}

	int userInfoStatus(AccessToken access) throws Exception {
		return new UserInfoRequest(this.metadata.getUserInfoEndpointURI(), (BearerAccessToken) access).toHTTPRequest()
			.send()
			.getStatusCode();
	}

	static List<String> list(String... values) {
		return List.of(values);
	}

}
