package gov.irs.secureaccess.federation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.support.FederationServerTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-2: discovery says what is true (OpenID Connect Discovery 1.0 section 3, RFC 8414
 * section 2): pairwise subjects, every scope, acr and claim, back-channel logout, and
 * only grants and client authentication methods an application here can use. That each
 * listed value works, and that the unlisted are refused, is the conformance suite's
 * discovery check ({@code ConformanceSuiteTest}).
 */
@FederationServerTest
class DiscoveryTest {

	@Test
	@DisplayName("FED-2 OIDC Discovery 3: subject types, scopes, acr values, claims, back-channel logout, nothing unusable")
	@SuppressWarnings("unchecked")
	void FED_2_whenDiscovered_thenEveryValueIsTrue() throws Exception {
		Map<String, Object> metadata = fetch("/.well-known/openid-configuration");
		assertThat(metadata.get("subject_types_supported")).isEqualTo(List.of("pairwise"));
		assertThat(metadata.get("scopes_supported"))
			.isEqualTo(List.of("openid", "profile", "email", "taxdata.read", "tin.match", "documents.write"));
		assertThat(metadata.get("acr_values_supported")).isEqualTo(List.of("urn:gov:irs:secure-access:aal2",
				"urn:gov:irs:secure-access:loa-1", "urn:gov:irs:secure-access:loa-2", "urn:gov:irs:secure-access:loa-3",
				"urn:gov:irs:secure-access:aal2:phishing-resistant"));
		assertThat((List<Object>) metadata.get("claims_supported")).contains((Object) "sub", "iss", "aud", "exp", "iat",
				"auth_time", "nonce", "acr", "amr", "sid", "at_hash", "given_name", "family_name", "email",
				"email_verified", "identity_verified");
		assertThat(metadata.get("grant_types_supported")).isEqualTo(List.of("authorization_code", "refresh_token"));
		assertThat(metadata.get("token_endpoint_auth_methods_supported"))
			.isEqualTo(List.of("client_secret_basic", "client_secret_post", "none"));
		assertThat(metadata.get("revocation_endpoint_auth_methods_supported"))
			.isEqualTo(List.of("client_secret_basic", "client_secret_post"));
		assertThat(metadata).doesNotContainKeys("tls_client_certificate_bound_access_tokens",
				"dpop_signing_alg_values_supported");
		assertThat(metadata.get("backchannel_logout_supported")).isEqualTo(true);
		assertThat(metadata.get("backchannel_logout_session_supported")).isEqualTo(true);
		assertThat(metadata.get("request_uri_parameter_supported")).as("OIDC Discovery 3: defaults to true")
			.isEqualTo(false);
		assertThat(metadata.get("ui_locales_supported")).isEqualTo(List.of("en", "es"));
		assertThat(metadata.get("authorization_response_iss_parameter_supported")).isEqualTo(true);
	}

	@Test
	@DisplayName("FED-2 RFC 8414 2: the OAuth metadata agrees")
	void FED_2_whenTheOAuthMetadataIsAsked_thenItListsTheSameGrantsAndMethods() throws Exception {
		Map<String, Object> metadata = fetch("/.well-known/oauth-authorization-server");
		assertThat(metadata.get("grant_types_supported")).isEqualTo(List.of("authorization_code", "refresh_token"));
		assertThat(metadata.get("token_endpoint_auth_methods_supported"))
			.isEqualTo(List.of("client_secret_basic", "client_secret_post", "none"));
		assertThat(metadata).doesNotContainKeys("tls_client_certificate_bound_access_tokens",
				"dpop_signing_alg_values_supported");
	}

	static Map<String, Object> fetch(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(FederationServerTest.Port.issuer() + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readValue(response.body(), new TypeReference<Map<String, Object>>() {
		});
	}

}
