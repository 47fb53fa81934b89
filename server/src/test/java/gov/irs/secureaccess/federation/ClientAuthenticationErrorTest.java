package gov.irs.secureaccess.federation;

import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * FED-2, RFC 6749 section 5.2 (RFC 7009 section 2.2.1, RFC 7662 section 2.3): a client
 * that sends no client authentication Spring can read gets {@code invalid_client} in
 * JSON, not an empty 401. Found by {@link OAuthParametersFuzzTest} (on its seed inputs).
 */
@IntegrationTest
@AutoConfigureMockMvc
class ClientAuthenticationErrorTest {

	@Autowired
	MockMvc mvc;

	// FED-2, RFC 6749 section 5.2
	@ParameterizedTest
	@ValueSource(strings = { "/oauth2/token", "/oauth2/revoke", "/oauth2/introspect" })
	void FED_2_whenNoClientAuthenticationIsSent_thenTheAnswerIsInvalidClientInJson(String endpoint) throws Exception {
		this.mvc.perform(post(endpoint).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("token", "abc"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.error").value("invalid_client"))
			.andExpect(header().doesNotExist("WWW-Authenticate"));
	}

	// FED-2, RFC 6749 section 5.2: a Bearer header is not client authentication (found by
	// the fuzzer: the resource server answered it with an empty 401)
	@ParameterizedTest
	@ValueSource(strings = { "/oauth2/token", "/oauth2/revoke", "/oauth2/introspect" })
	void FED_2_whenTheAuthorizationHeaderIsABearerToken_thenInvalidClientInJson(String endpoint) throws Exception {
		this.mvc
			.perform(post(endpoint).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.header("Authorization", "Bearer not-a-client")
				.param("token", "abc"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.error").value("invalid_client"));
	}

	// FED-2, RFC 7662 section 2.3, RFC 6749 section 5.2: an Authorization header Spring
	// Security's firewall refuses (a control or unassigned character, seen only when the
	// header is read) is an invalid_request in JSON, not an empty 400 (found by the
	// fuzzer at /oauth2/introspect: the seed input introspect-400-empty-body)
	@ParameterizedTest
	@ValueSource(strings = { "/oauth2/token", "/oauth2/revoke", "/oauth2/introspect" })
	void FED_2_whenTheAuthorizationHeaderHoldsACharacterTheFirewallRefuses_thenInvalidRequestInJson(String endpoint)
			throws Exception {
		for (String header : new String[] { "Basic \u0000", "Basic abc\u0085", "Basic \uFFFF" }) {
			this.mvc
				.perform(post(endpoint).contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.header("Authorization", header)
					.param("token", "abc"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.error").value("invalid_request"))
				.andExpect(jsonPath("$.error_description").isNotEmpty());
		}
	}

	// FED-2, RFC 6749 section 5.2: an access_token parameter is not a client credential
	// (found by the fuzzer: a 400 with an empty body from the resource server's token
	// resolver)
	@ParameterizedTest
	@ValueSource(strings = { "/oauth2/token", "/oauth2/revoke", "/oauth2/introspect" })
	void FED_2_whenAnAccessTokenParameterIsSentInsteadOfClientAuthentication_thenInvalidClientInJson(String endpoint)
			throws Exception {
		this.mvc
			.perform(post(endpoint).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("access_token", "abc")
				.param("token", "abc"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("invalid_client"));
	}

}
