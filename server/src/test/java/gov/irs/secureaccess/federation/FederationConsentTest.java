package gov.irs.secureaccess.federation;

import java.net.http.HttpResponse;
import java.util.Map;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-3 (consent: asked once, Deny gives the application {@code access_denied}, listed on
 * the profile and revocable, revocation ends the application's tokens) and pairwise
 * subjects (stable per application, different between applications), with the Nimbus
 * client and the real pages; plus an expired authorization code.
 */
@FederationServerTest
class FederationConsentTest {

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	OutboxReader outbox;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	OIDCProviderMetadata metadata;

	@BeforeEach
	void discover() throws Exception {
		this.metadata = NimbusClient.discover(FederationServerTest.Port.issuer());
	}

	@Test
	void FED_3_whenThePersonDenies_thenTheApplicationGetsAccessDeniedAndNothingIsRemembered() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "fed.deny");
		NimbusClient app = NimbusClient.portal(this.metadata, "get-transcript");
		NimbusClient.Flow flow = app.start();
		FormBrowser browser = signIn(person, flow);
		assertThat(browser.page).contains("id=\"consent-deny\"");
		AuthorizationResponse response = app.response(browser.consent(false));
		assertThat(response.indicatesSuccess()).isFalse();
		assertThat(response.toErrorResponse().getErrorObject().getCode()).isEqualTo("access_denied");
		assertThat(response.getState()).isEqualTo(flow.state());

		NimbusClient.Flow again = app.start();
		HttpResponse<String> second = browser.follow(browser.get(again.uri().toString()));
		assertThat(second.uri().getPath()).as("asked again after a denial").isEqualTo("/federation/consent");
	}

	@Test
	void FED_3_whenConsentWasGiven_thenItIsNotAskedAgain_isListedOnTheProfile_andRevokingEndsTheTokens()
			throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "fed.revoke");
		NimbusClient app = NimbusClient.portal(this.metadata, "ip-pin");
		NimbusClient.Flow flow = app.start();
		FormBrowser browser = signIn(person, flow);
		AuthorizationCode code = app.code(flow, browser.consent(true));
		OIDCTokenResponse tokens = (OIDCTokenResponse) app.exchange(code, flow.verifier()).toSuccessResponse();
		BearerAccessToken access = (BearerAccessToken) tokens.getOIDCTokens().getAccessToken();
		assertThat(userInfoStatus(access)).isEqualTo(200);

		NimbusClient.Flow again = app.start();
		HttpResponse<String> second = browser.follow(browser.get(again.uri().toString()));
		assertThat(app.code(again, second)).as("remembered: straight back to the application").isNotNull();

		browser.get("/account/applications");
		assertThat(browser.page).contains("Get an IP PIN")
			.contains("Your email address")
			.contains("Read your tax information");

		browser.follow(browser.submit("/account/applications/ip-pin/revoke", Map.of()));
		assertThat(browser.page).contains("The application’s access was revoked.")
			.contains("You have not allowed any application yet.");
		assertThat(userInfoStatus(access)).as("the access token ends with the consent").isEqualTo(401);
		TokenResponse refresh = app.token(new RefreshTokenGrant(tokens.getOIDCTokens().getRefreshToken()));
		assertThat(refresh.indicatesSuccess()).isFalse();
		assertThat(this.audit.forSubject("account:" + person.id(), 50)).extracting(AuditEntry::action)
			.contains("federation.consent.given", "federation.consent.revoked");

		NimbusClient.Flow third = app.start();
		HttpResponse<String> asked = browser.follow(browser.get(third.uri().toString()));
		assertThat(asked.uri().getPath()).as("asked again after revoking").isEqualTo("/federation/consent");
	}

	@Test
	void FED_3_whenOnePersonSignsInToTwoApplications_thenEachGetsItsOwnStableSubject() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "fed.pairwise");
		NimbusClient transcript = NimbusClient.portal(this.metadata, "get-transcript");
		NimbusClient balance = NimbusClient.portal(this.metadata, "online-account");

		NimbusClient.Flow first = transcript.start();
		FormBrowser browser = signIn(person, first);
		String transcriptSubject = subject(transcript, first, browser.consent(true));

		NimbusClient.Flow second = balance.start();
		browser.follow(browser.get(second.uri().toString()));
		String balanceSubject = subject(balance, second, browser.consent(true));

		NimbusClient.Flow third = transcript.start();
		String transcriptAgain = subject(transcript, third, browser.follow(browser.get(third.uri().toString())));

		assertThat(transcriptSubject).isNotEqualTo(balanceSubject);
		assertThat(transcriptAgain).as("stable for the person and the application").isEqualTo(transcriptSubject);
	}

	@Test
	void FED_2_whenTheCodeHasExpired_thenTheTokenEndpointRefusesIt() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "fed.expired");
		NimbusClient app = NimbusClient.portal(this.metadata, "payment-agreement");
		NimbusClient.Flow flow = app.start();
		FormBrowser browser = signIn(person, flow);
		AuthorizationCode code = app.code(flow, browser.consent(true));
		// The code's life (5 minutes) is checked against the authorization server's own
		// clock, not the service's Clock: the stored expiry is moved into the past, as if
		// the application had waited too long.
		int moved = this.jdbc
			.sql("update oauth2_authorization set authorization_code_issued_at = now() - interval '10 minutes', "
					+ "authorization_code_expires_at = now() - interval '5 minutes' "
					+ "where principal_name = :principal and authorization_code_value is not null")
			.param("principal", "account:" + person.id())
			.update();
		assertThat(moved).isEqualTo(1);
		TokenResponse token = app.exchange(code, flow.verifier());
		assertThat(token.indicatesSuccess()).isFalse();
		assertThat(((TokenErrorResponse) token).getErrorObject().getCode()).isEqualTo("invalid_grant");
	}

	private FormBrowser signIn(TestAccounts.Made person, NimbusClient.Flow flow) throws Exception {
		FormBrowser browser = new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
		browser.follow(browser.get(flow.uri().toString()));
		browser.acceptAgreementIfAsked(browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone()));
		return browser;
	}

	private String subject(NimbusClient app, NimbusClient.Flow flow, HttpResponse<String> redirect) throws Exception {
		AuthorizationCode code = app.code(flow, redirect);
		OIDCTokenResponse tokens = (OIDCTokenResponse) app.exchange(code, flow.verifier()).toSuccessResponse();
		IDTokenClaimsSet claims = app.validate(tokens.getOIDCTokens().getIDToken(), flow.nonce());
		return claims.getSubject().getValue();
	}

	private int userInfoStatus(BearerAccessToken access) throws Exception {
		return new UserInfoRequest(this.metadata.getUserInfoEndpointURI(), access).toHTTPRequest()
			.send()
			.getStatusCode();
	}

}
