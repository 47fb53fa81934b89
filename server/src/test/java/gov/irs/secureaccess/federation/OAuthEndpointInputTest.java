package gov.irs.secureaccess.federation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import gov.irs.secureaccess.support.FederationServerTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 (item 4) at the OAuth endpoints: NUL and other control characters in
 * {@code code}, {@code token} or any parameter, or in the client credentials, give a JSON
 * OAuth error (RFC 6749 5.2, RFC 7009 2.2.1, RFC 7662 2.3), never a 500.
 */
@FederationServerTest
class OAuthEndpointInputTest {

	private static final String BASIC = "Basic " + Base64.getEncoder()
		.encodeToString("get-transcript:dev-portal-secret".getBytes(StandardCharsets.US_ASCII));

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	@DisplayName("FED-2 RFC 6749 5.2: a NUL in code, refresh_token or redirect_uri at /oauth2/token is invalid_request")
	void FED_2_whenTheTokenRequestHoldsANul_thenInvalidRequestNot500() throws Exception {
		for (String body : new String[] { "grant_type=authorization_code&code=abc%00def&redirect_uri=x",
				"grant_type=refresh_token&refresh_token=%00", "grant_type=authorization_code%01&code=x",
				"grant_type=authorization_code&code=x&code_verifier=%7F" }) {
			HttpResponse<String> response = post("/oauth2/token", body, BASIC);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/json");
			assertThat(response.body()).as(body)
				.contains("\"error\":\"invalid_request\"")
				.contains("control character");
		}
	}

	@Test
	@DisplayName("FED-2 RFC 7009 2.2.1, RFC 7662 2.3: a NUL in token at /oauth2/revoke and /oauth2/introspect")
	void FED_2_whenRevocationOrIntrospectionHoldsANul_thenInvalidRequestNot500() throws Exception {
		for (String path : new String[] { "/oauth2/revoke", "/oauth2/introspect" }) {
			HttpResponse<String> response = post(path, "token=abc%00", BASIC);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.body()).as(path).contains("\"error\":\"invalid_request\"");
			response = post(path, "token=abc&token_type_hint=%00access_token", BASIC);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
		}
	}

	@Test
	@DisplayName("FED-2 RFC 6749 2.3.1: a NUL in the client id of Basic credentials, or of client_secret_post")
	void FED_2_whenTheClientCredentialsHoldANul_thenAnOAuthErrorNot500() throws Exception {
		String nulClient = "Basic " + Base64.getEncoder()
			.encodeToString("get\u0000transcript:dev-portal-secret".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = post("/oauth2/token", "grant_type=authorization_code&code=x", nulClient);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"error\":\"invalid_request\"");
		response = post("/oauth2/token",
				"grant_type=authorization_code&code=x&client_id=get%00transcript&client_secret=y", null);
		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	@DisplayName("FED-2 RFC 6749 5.2, Appendix B: a control character in a parameter name, or bytes that are not UTF-8,"
			+ " give invalid_request as JSON, not a bare 400")
	void FED_2_whenTheParametersCannotBeRead_thenAnOAuthErrorNotABare400() throws Exception {
		for (String path : new String[] { "/oauth2/token", "/oauth2/revoke", "/oauth2/introspect", "/userinfo" }) {
			for (String body : new String[] { "tok%00en=abc", "token=%FF%FE", "token=%C0%80", "token=%zz" }) {
				HttpResponse<String> response = post(path, body, path.equals("/userinfo") ? null : BASIC);
				assertThat(response.statusCode()).as(path + " " + body).isEqualTo(400);
				assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path + " " + body)
					.contains("application/json");
				assertThat(response.body()).as(path + " " + body)
					.contains("\"error\":\"invalid_request\"")
					.contains("could not be read");
			}
		}
	}

	@Test
	@DisplayName("FED-2 RFC 6749 4.1.2.1: an authorization request whose parameters cannot be read is our error page")
	void FED_2_whenAnAuthorizationRequestCannotBeRead_thenOurErrorPageNotJson() throws Exception {
		for (String query : new String[] { "login_hint=%FF", "lo%00gin_hint=x" }) {
			HttpResponse<String> response = this.http.send(
					HttpRequest
						.newBuilder(
								URI.create(FederationServerTest.Port.issuer() + "/oauth2/authorize?response_type=code"
										+ "&client_id=get-transcript&scope=openid&state=s&" + query))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.headers().firstValue("Location")).as(query).isEmpty();
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(query).contains("text/html");
			assertThat(response.body()).as(query).contains("can’t be used");
		}
	}

	@Test
	@DisplayName("FED-2 RFC 6749 5.2: an unknown client gets invalid_client, 401, with a description in words")
	void FED_2_whenTheClientIsUnknown_thenInvalidClientWithWords() throws Exception {
		String unknown = "Basic "
				+ Base64.getEncoder().encodeToString("nobody:nothing".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = post("/oauth2/token", "grant_type=authorization_code&code=x", unknown);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
		assertThat(response.body()).contains("\"error\":\"invalid_client\"").contains("could not be authenticated");
	}

	private HttpResponse<String> post(String path, String body, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(FederationServerTest.Port.issuer() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
