package gov.irs.secureaccess.federation;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.FederationServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DATA-1 for the OpenID provider's store: after a person signs in to an application,
 * {@code oauth2_authorization} holds no token, no consent state, no email and no name in
 * clear (tokens as keyed hashes, attributes and claims sealed), and a value copied from a
 * dump of it is not accepted anywhere (RFC 6749 section 10.4: refresh tokens kept
 * confidential in storage).
 */
@FederationServerTest
class AuthorizationsAtRestTest {

	private static final List<String> VALUE_COLUMNS = List.of("state", "authorization_code_value", "access_token_value",
			"oidc_id_token_value", "refresh_token_value");

	private static final List<String> SEALED_COLUMNS = List.of("attributes", "authorization_code_metadata",
			"access_token_metadata", "oidc_id_token_metadata", "refresh_token_metadata");

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	OutboxReader outbox;

	@Autowired
	JdbcClient jdbc;

	OIDCProviderMetadata metadata;

	@BeforeEach
	void discover() throws Exception {
		this.metadata = NimbusClient.discover(FederationServerTest.Port.issuer());
	}

	@Test
	@DisplayName("DATA-1: tokens, consent state, email and names are not in oauth2_authorization in clear; copied values do not work")
	void DATA_1_whenAPersonHasSignedInToAnApplication_thenTheStoreHoldsNoTokenOrPiiInClearAndADumpedValueIsRefused()
			throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "fed.atrest");
		NimbusClient app = NimbusClient.portal(this.metadata, "get-transcript");
		NimbusClient.Flow flow = app.start();
		FormBrowser browser = new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
		browser.follow(browser.get(flow.uri().toString()));
		HttpResponse<String> consentPage = browser
			.acceptAgreementIfAsked(browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone()));
		assertThat(consentPage.uri().getPath()).isEqualTo("/federation/consent");
		String stateWhileAsking = column(person, "state");
		assertThat(stateWhileAsking).as("the consent state, while the person is asked").startsWith("hmac:");

		TokenResponse answer = app.exchange(app.code(flow, browser.consent(true)), flow.verifier());
		assertThat(answer.indicatesSuccess()).as(String.valueOf(answer)).isTrue();
		OIDCTokens tokens = ((OIDCTokenResponse) answer.toSuccessResponse()).getOIDCTokens();
		String access = tokens.getAccessToken().getValue();
		String refresh = tokens.getRefreshToken().getValue();
		String id = tokens.getIDTokenString();

		Map<String, Object> row = row(person);
		String dump = row.values().toString();
		assertThat(dump).doesNotContain(access, refresh, id, tokens.getAccessToken().getValue().split("\\.")[1])
			.doesNotContain(person.username() + "@example.test", person.username(), "Person")
			.doesNotContain(FederationServerTest.Port.issuer());
		for (String column : List.of("authorization_code_value", "access_token_value", "oidc_id_token_value",
				"refresh_token_value")) {
			assertThat(String.valueOf(row.get(column))).as(column).matches("hmac:[0-9a-f]{64}");
		}
		for (String column : SEALED_COLUMNS) {
			assertThat(String.valueOf(row.get(column))).as(column)
				.matches("[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+")
				.doesNotContain("{");
		}

		String dumpedRefresh = String.valueOf(row.get("refresh_token_value"));
		TokenResponse fromDump = app.token(new RefreshTokenGrant(new RefreshToken(dumpedRefresh)));
		assertThat(fromDump.indicatesSuccess()).as("a refresh token copied from a dump").isFalse();
		assertThat(((TokenErrorResponse) fromDump).getErrorObject().getCode()).isEqualTo("invalid_grant");
		assertThat(userInfoStatus(String.valueOf(row.get("access_token_value"))))
			.as("an access token copied from a dump")
			.isEqualTo(401);
		assertThat(userInfoStatus(access)).as("the real one").isEqualTo(200);
		TokenResponse real = app.token(new RefreshTokenGrant(tokens.getRefreshToken()));
		assertThat(real.indicatesSuccess()).as("the real refresh token still works").isTrue();
	}

	private int userInfoStatus(String accessToken) throws Exception {
		return new UserInfoRequest(this.metadata.getUserInfoEndpointURI(), new BearerAccessToken(accessToken))
			.toHTTPRequest()
			.send()
			.getStatusCode();
	}

	private Map<String, Object> row(TestAccounts.Made person) {
		return this.jdbc
			.sql("select * from oauth2_authorization where principal_name = :principal"
					+ " and access_token_value is not null")
			.param("principal", "account:" + person.id())
			.query()
			.singleRow();
	}

	private String column(TestAccounts.Made person, String column) {
		assertThat(VALUE_COLUMNS).contains(column);
		return this.jdbc
			.sql("select " + column + " from oauth2_authorization where principal_name = :principal and " + column
					+ " is not null")
			.param("principal", "account:" + person.id())
			.query(String.class)
			.single();
	}

}
