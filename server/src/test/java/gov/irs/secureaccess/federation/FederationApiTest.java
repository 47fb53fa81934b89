package gov.irs.secureaccess.federation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.support.FederationServerTest;
import gov.irs.secureaccess.taxapps.api.ApiPolicy;
import gov.irs.secureaccess.taxapps.ippin.IpPins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applications' API as an OAuth 2.0 resource server (FED-1, FED-4): an access token
 * from the code flow reaches the person's own data; no token, a forged or revoked token,
 * the wrong scope and a level below the application's are each refused with the standard
 * error (RFC 6750, RFC 9470), and the level error names the {@code acr} to ask for, which
 * is the one the provider issues.
 */
@FederationServerTest
class FederationApiTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	OutboxReader outbox;

	@Autowired
	IpPins ipPins;

	@Autowired
	SourcesProperties sources;

	OIDCProviderMetadata metadata;

	@BeforeEach
	void discover() throws Exception {
		this.metadata = NimbusClient.discover(FederationServerTest.Port.issuer());
	}

	@Test
	void FED_1_whenTheIpPinApplicationCallsWithItsToken_thenItGetsThePersonsPinAndNothingOfAnotherScope()
			throws Exception {
		FederationPeople.Person person = new FederationPeople(this.sources, this.accounts, this.hasher).withAccount(34,
				3, "tax-record,financial,sms");
		NimbusClient app = NimbusClient.portal(this.metadata, "ip-pin");
		AccessToken token = FormBrowser.accessToken(app, this.outbox, person.username(), person.phone());

		HttpResponse<String> pin = get("/api/v1/ip-pin", token.getValue());
		assertThat(pin.statusCode()).as(pin.body()).isEqualTo(200);
		assertThat(pin.body()).contains("\"" + this.ipPins.current(person.person().taxRecord().ssn()).pin() + "\"");
		assertThat(pin.headers().firstValue("Cache-Control")).contains("no-store");

		HttpResponse<String> tin = post("/api/v1/tin-matching/interactive", token.getValue(), "{\"pairs\":[]}");
		assertThat(tin.statusCode()).as("TIN Matching needs its own scope").isEqualTo(403);
		assertThat(tin.body()).contains("insufficient_scope").contains("tin.match");

		new TokenRevocationRequest(this.metadata.getRevocationEndpointURI(),
				new ClientSecretBasic(app.clientId, app.secret), token)
			.toHTTPRequest()
			.send();
		assertThat(get("/api/v1/ip-pin", token.getValue()).statusCode()).as("a revoked token is refused")
			.isEqualTo(401);
	}

	@Test
	void FED_1_whenNoTokenOrAForgedOne_then401WithABearerChallengeAndNoData() throws Exception {
		HttpResponse<String> none = get("/api/v1/ip-pin", null);
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));

		String forged = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwiYXVkIjoiaXAtcGluIiwic2NvcGUiOlsidGF4ZGF0YS5yZWFkIl19.";
		HttpResponse<String> refused = get("/api/v1/ip-pin", forged);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).contains("invalid_token"));
		assertThat(refused.body()).doesNotContain("pin\"");
	}

	@Test
	void FED_4_whenAnLoa2TokenAsksForLoa3Data_then401InsufficientUserAuthenticationNamingTheProvidersAcr()
			throws Exception {
		FederationPeople.Person person = new FederationPeople(this.sources, this.accounts, this.hasher).withAccount(33,
				2, "tax-record,sms");
		NimbusClient app = NimbusClient.portal(this.metadata, "payment-agreement");
		AccessToken token = FormBrowser.accessToken(app, this.outbox, person.username(), person.phone());

		HttpResponse<String> pin = get("/api/v1/ip-pin", token.getValue());
		assertThat(pin.statusCode()).isEqualTo(401);
		assertThat(pin.body()).contains("insufficient_user_authentication").contains(AssuranceLevel.LOA_3.acr());
		assertThat(pin.body()).doesNotContain("\"pin\"");
		for (int loa = 1; loa <= 3; loa++) {
			assertThat(ApiPolicy.acrFor(loa)).as("the API asks for the acr the provider issues")
				.isEqualTo(AssuranceLevel.achieved(loa, false).acr());
		}
	}

	private static HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(FederationServerTest.Port.issuer() + path))
			.GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String path, String token, String json) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(FederationServerTest.Port.issuer() + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
