package gov.irs.secureaccess.federation;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditEntry;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.session.SessionTerminator;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.FederationServerTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-2, OpenID Connect Back-Channel Logout 1.0 at the provider: two applications with a
 * {@code backchannel_logout_uri} (plain JDK HTTP servers) signed into one session; when
 * the session ends (sign-out, RP-initiated logout, every session ended by a password
 * reset) each gets a logout token, checked with Nimbus's {@link LogoutTokenValidator}
 * against the published keys, and the session's tokens stop working. An application that
 * is down gets it later, from the outbox.
 */
@FederationServerTest
class BackChannelLogoutTest {

	static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Applications applications;

	@Autowired
	SessionTerminator terminator;

	@Autowired
	AuditLog audit;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	OIDCProviderMetadata metadata;

	LogoutReceiver one;

	LogoutReceiver two;

	@BeforeEach
	void register() throws Exception {
		this.metadata = NimbusClient.discover(FederationServerTest.Port.issuer());
		this.one = new LogoutReceiver();
		this.two = new LogoutReceiver();
		register("bcl-one", this.one);
		register("bcl-two", this.two);
	}

	@AfterEach
	void stop() {
		this.one.close();
		this.two.close();
	}

	@Test
	@DisplayName("FED-2 Back-Channel Logout 2.4-2.6: sign-out sends each application of the session a valid logout token")
	void FED_2_whenThePersonSignsOut_thenEveryApplicationOfTheSessionGetsALogoutTokenAndItsTokensEnd()
			throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "bcl.signout");
		FormBrowser browser = browser();
		Session first = signIn(browser, person, "bcl-one");
		Session second = signIn(browser, person, "bcl-two");
		assertThat(second.claims().getStringClaim("sid")).as("one session, one sid")
			.isEqualTo(first.claims().getStringClaim("sid"));
		assertThat(userInfoStatus(first)).isEqualTo(200);

		browser.get("/account");
		browser.submit("/sign-out", Map.of());

		LogoutTokenClaimsSet toOne = validate(this.one.await(1, WAIT), "bcl-one");
		LogoutTokenClaimsSet toTwo = validate(this.two.await(1, WAIT), "bcl-two");
		assertThat(toOne.getSessionID().getValue()).isEqualTo(first.claims().getStringClaim("sid"));
		assertThat(toOne.getSubject()).as("the application's own pairwise sub").isEqualTo(first.claims().getSubject());
		assertThat(toTwo.getSubject()).isEqualTo(second.claims().getSubject()).isNotEqualTo(toOne.getSubject());
		assertThat(toOne.getJWTID()).isNotEqualTo(toTwo.getJWTID());

		assertThat(userInfoStatus(first)).as("Back-Channel Logout 2.7: the session's tokens end").isEqualTo(401);
		TokenResponse refreshed = first.app()
			.token(new RefreshTokenGrant(first.tokens().getOIDCTokens().getRefreshToken()));
		assertThat(((TokenErrorResponse) refreshed).getErrorObject().getCode()).isEqualTo("invalid_grant");
		assertThat(this.audit.forSubject("account:" + person.id(), 30)).extracting(AuditEntry::action)
			.contains("federation.logout");
		Thread.sleep(1500);
		assertThat(this.one.tokens()).as("one token per application and session").hasSize(1);
	}

	@Test
	@DisplayName("FED-2 RP-Initiated Logout 2, Back-Channel Logout 2.5: logout at one application logs out the others")
	void FED_2_whenOneApplicationLogsOut_thenTheOtherIsTold() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "bcl.rplogout");
		FormBrowser browser = browser();
		Session first = signIn(browser, person, "bcl-one");
		Session second = signIn(browser, person, "bcl-two");
		URI logout = new LogoutRequest(this.metadata.getEndSessionEndpointURI(),
				first.tokens().getOIDCTokens().getIDToken(), URI.create("http://localhost:9/bcl-one/"),
				new State("bye"))
			.toURI();
		HttpResponse<String> answer = browser.get(logout.toString());
		assertThat(FormBrowser.location(answer)).isEqualTo("http://localhost:9/bcl-one/?state=bye");

		LogoutTokenClaimsSet toTwo = validate(this.two.await(1, WAIT), "bcl-two");
		assertThat(toTwo.getSessionID().getValue()).isEqualTo(second.claims().getStringClaim("sid"));
		validate(this.one.await(1, WAIT), "bcl-one");
		assertThat(userInfoStatus(second)).isEqualTo(401);
	}

	@Test
	@DisplayName("FED-2 Back-Channel Logout 2.5: a password reset ending every session tells the applications too")
	void FED_2_whenEverySessionOfTheAccountIsEnded_thenTheApplicationsAreTold() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "bcl.reset");
		Session session = signIn(browser(), person, "bcl-one");
		assertThat(this.terminator.endAllSessions(person.id())).isEqualTo(1);
		LogoutTokenClaimsSet token = validate(this.one.await(1, WAIT), "bcl-one");
		assertThat(token.getSessionID().getValue()).isEqualTo(session.claims().getStringClaim("sid"));
		assertThat(userInfoStatus(session)).isEqualTo(401);
	}

	@Test
	@DisplayName("FED-2 MSG-1 Back-Channel Logout 2.8: an application that is down gets its logout token later, from the outbox")
	void FED_2_whenTheApplicationIsDown_thenTheLogoutTokenWaitsInTheOutboxAndComesLater() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "bcl.down");
		FormBrowser browser = browser();
		Session session = signIn(browser, person, "bcl-one");
		this.one.refuse(1);
		browser.get("/account");
		browser.submit("/sign-out", Map.of());

		waitUntil(() -> this.one.calls() >= 1);
		String sid = session.claims().getStringClaim("sid");
		Map<String, Object> row = waitForRow("backchannel-logout:bcl-one:" + sid, "HTTP 503");
		assertThat(row.get("status")).as("kept, to try again").isEqualTo("PENDING");
		assertThat(this.one.tokens()).isEmpty();

		this.clock.advance(Duration.ofSeconds(10));
		LogoutTokenClaimsSet token = validate(this.one.await(1, WAIT), "bcl-one");
		assertThat(token.getSessionID().getValue()).isEqualTo(sid);
		waitUntil(() -> "SENT".equals(status("backchannel-logout:bcl-one:" + sid)));
	}

	/**
	 * Nimbus checks the logout token as an application must (section 2.6): signature,
	 * typ, iss, aud, events, no nonce.
	 */
	private LogoutTokenClaimsSet validate(List<String> tokens, String clientId) throws Exception {
		assertThat(tokens).as("a logout token for " + clientId).hasSize(1);
		SignedJWT jwt = (SignedJWT) JWTParser.parse(tokens.get(0));
		assertThat(jwt.getHeader().getType()).hasToString("logout+jwt");
		assertThat(jwt.getHeader().getKeyID()).isNotBlank();
		LogoutTokenValidator validator = new LogoutTokenValidator(new Issuer(FederationServerTest.Port.issuer()),
				new ClientID(clientId), true, new JWSVerificationKeySelector<SecurityContext>(JWSAlgorithm.RS256,
						JWKSourceBuilder.create(this.metadata.getJWKSetURI().toURL()).build()),
				null);
		LogoutTokenClaimsSet claims = validator.validate(jwt);
		assertThat(claims.toJWTClaimsSet().getJSONObjectClaim("events"))
			.containsKey("http://schemas.openid.net/event/backchannel-logout");
		assertThat(claims.toJWTClaimsSet().getClaims()).doesNotContainKey("nonce");
		assertThat(claims.getIssueTime()).isNotNull();
		assertThat(claims.toJWTClaimsSet().getExpirationTime()).isAfter(claims.getIssueTime());
		return claims;
	}

	record Session(NimbusClient app, OIDCTokenResponse tokens, IDTokenClaimsSet claims) {
	}

	private Session signIn(FormBrowser browser, TestAccounts.Made person, String clientId) throws Exception {
		NimbusClient app = new NimbusClient(this.metadata, clientId, "bcl-test-secret-123456",
				"http://localhost:9/" + clientId + "/callback");
		NimbusClient.Flow flow = app.start(new Scope("openid", "profile"), null, null);
		HttpResponse<String> answer = browser.follow(browser.get(flow.uri().toString()));
		if (answer.statusCode() == 200 && answer.uri().getPath().equals("/sign-in")) {
			answer = browser
				.acceptAgreementIfAsked(browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone()));
		}
		if (answer.statusCode() == 200) {
			answer = browser.consent(true);
		}
		OIDCTokenResponse tokens = (OIDCTokenResponse) app.exchange(app.code(flow, answer), flow.verifier())
			.toSuccessResponse();
		return new Session(app, tokens, app.validate(tokens.getOIDCTokens().getIDToken(), flow.nonce()));
	}

	private void register(String clientId, LogoutReceiver receiver) {
		this.applications.register(new ApplicationDefinition(clientId, "Logout test " + clientId, null,
				List.of("http://localhost:9/" + clientId + "/callback"),
				List.of("http://localhost:9/" + clientId + "/"), "loa-1", List.of("openid", "profile"),
				List.of("given_name"), "bcl-test-secret-123456", receiver.uri(), null, null), "test");
	}

	private int userInfoStatus(Session session) throws Exception {
		return new UserInfoRequest(this.metadata.getUserInfoEndpointURI(),
				(BearerAccessToken) session.tokens().getOIDCTokens().getAccessToken())
			.toHTTPRequest()
			.send()
			.getStatusCode();
	}

	private Map<String, Object> waitForRow(String dedupKey, String error) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			var row = this.jdbc.sql("select status, attempts, last_error from outbox_message where dedup_key = :key")
				.param("key", dedupKey)
				.query()
				.listOfRows();
			if (!row.isEmpty() && error.equals(row.get(0).get("last_error"))) {
				return row.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no outbox row " + dedupKey + " with " + error);
	}

	private String status(String dedupKey) {
		return this.jdbc.sql("select status from outbox_message where dedup_key = :key")
			.param("key", dedupKey)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
			Thread.sleep(100);
		}
		assertThat(condition.getAsBoolean()).as("in time").isTrue();
	}

	private FormBrowser browser() {
		return new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
	}

}
