package gov.irs.secureaccess.federation;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Fuzzing (Jazzer) of the OAuth 2.0 / OpenID Connect request parameters (FED-1, FED-2):
 * the authorization request, as a stranger and signed in, and the token, revocation and
 * introspection requests, with the real clients' ids, secrets and redirect URIs among
 * fuzzed ones. Never a 500; the authorization endpoint redirects only to our own pages or
 * to a redirect URI registered for that client, exactly (RFC 6749 section 4.1.2.1, RFC
 * 9700 section 4.1); the token endpoints answer an error of RFC 6749 section 5.2 (RFC
 * 7009 section 2.2.1, RFC 7662 section 2.3) in JSON.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OAuthParametersFuzzTest {

	private static final Set<String> TOKEN_ERRORS = Set.of("invalid_request", "invalid_client", "invalid_grant",
			"unauthorized_client", "unsupported_grant_type", "invalid_scope", "unsupported_token_type");

	private static final String[] AUTHORIZE_PARAMETERS = { "response_type", "client_id", "redirect_uri", "scope",
			"state", "nonce", "code_challenge", "code_challenge_method", "prompt", "max_age", "acr_values",
			"ui_locales", "login_hint", "request", "request_uri", "response_mode", "claims", "id_token_hint" };

	private static final String[] TOKEN_PARAMETERS = { "grant_type", "code", "redirect_uri", "code_verifier",
			"refresh_token", "scope", "client_id", "client_secret", "token", "token_type_hint" };

	private static final String[] WORDS = { "code", "openid", "openid profile email", "S256", "plain", "none", "login",
			"consent", "select_account", "authorization_code", "refresh_token", "client_credentials", "access_token",
			"urn:irs:secure-access:loa3", "0", "-1", "99999999999", "", " ", "\u0000", "%00", "\r\n",
			"javascript:alert(1)", "https://evil.example/", "//evil.example",
			"http://localhost:8081/login/oauth2/code/", "../", "é", "\uFEFF" };

	@Autowired
	MockMvc mvc;

	@Autowired
	RegisteredClientRepository clientRepository;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	private static List<RegisteredClient> clients;

	private static SigninDriver person;

	@FuzzTest(maxDuration = "60s")
	void anyAuthorizationRequest_neverFailsAndRedirectsOnlyToARegisteredUri(FuzzedDataProvider data) throws Exception {
		RegisteredClient client = pickClient(data);
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/oauth2/authorize");
		if (data.consumeBoolean()) {
			uri.queryParam("response_type", "code").queryParam("client_id", client.getClientId());
		}
		if (data.consumeBoolean()) {
			uri.queryParam("redirect_uri", data.consumeBoolean() ? client.getRedirectUris().iterator().next()
					: client.getRedirectUris().iterator().next() + value(data));
		}
		int count = data.consumeInt(0, 8);
		for (int i = 0; i < count; i++) {
			uri.queryParam(data.pickValue(AUTHORIZE_PARAMETERS), value(data));
		}
		String target = uri.build().encode().toUriString();
		boolean signedIn = data.consumeBoolean();
		MockHttpServletResponse response = signedIn ? person().get(target)
				: this.mvc.perform(get(target)).andReturn().getResponse();

		assertThat(response.getStatus()).as(target).isLessThan(500);
		assertThat(response.getContentAsString()).doesNotContain("Exception");
		String location = response.getHeader("Location");
		if (location != null && response.getStatus() / 100 == 3) {
			assertThat(isOurs(location) || registeredFor(location)).as("%s redirected to %s", target, location)
				.isTrue();
		}
	}

	@FuzzTest(maxDuration = "60s")
	void anyTokenRevocationOrIntrospectionRequest_getsAnOAuthErrorNeverA500(FuzzedDataProvider data) throws Exception {
		String endpoint = data.pickValue(new String[] { "/oauth2/token", "/oauth2/revoke", "/oauth2/introspect" });
		RegisteredClient client = pickClient(data);
		MockHttpServletRequestBuilder request = post(endpoint).contentType("application/x-www-form-urlencoded");
		switch (data.consumeInt(0, 3)) {
			case 0 -> request.header("Authorization", basic(client.getClientId(), "dev-portal-secret"));
			case 1 -> request.header("Authorization", basic(client.getClientId(), value(data)));
			case 2 -> request.header("Authorization", "Basic " + value(data));
			default -> {
			}
		}
		int count = data.consumeInt(0, 8);
		for (int i = 0; i < count; i++) {
			request.param(data.pickValue(TOKEN_PARAMETERS), value(data));
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		MockHttpServletResponse response = result.getResponse();
		String sent = describe(result.getRequest());

		assertThat(response.getStatus()).as(sent).isLessThan(500);
		if (response.getStatus() >= 400) {
			assertThat(response.getContentAsString()).as("%s answered %d with no body", sent, response.getStatus())
				.isNotEmpty();
			JsonNode error = JsonMapper.builder().build().readTree(response.getContentAsString());
			assertThat(TOKEN_ERRORS).as("%s answered %s", sent, response.getContentAsString())
				.contains(error.path("error").asString());
		}
	}

	private RegisteredClient pickClient(FuzzedDataProvider data) {
		if (clients == null) {
			List<RegisteredClient> found = new ArrayList<>();
			for (String id : List.of("get-transcript", "ip-pin", "online-account", "tin-matching", "payment-agreement",
					"document-drop")) {
				RegisteredClient client = this.clientRepository.findByClientId(id);
				if (client != null) {
					found.add(client);
				}
			}
			assertThat(found).as("the embedded mode's applications").isNotEmpty();
			clients = List.copyOf(found);
		}
		return clients.get(data.consumeInt(0, clients.size() - 1));
	}

	private static String value(FuzzedDataProvider data) {
		return data.consumeBoolean() ? data.pickValue(WORDS) : data.consumeString(200);
	}

	/**
	 * The request as sent, so that a finding reads as the request that makes it (escaped:
	 * it may hold anything).
	 */
	private static String describe(MockHttpServletRequest request) {
		StringBuilder sent = new StringBuilder("POST ").append(request.getRequestURI());
		sent.append(" Authorization=").append(escaped(request.getHeader("Authorization")));
		request.getParameterMap()
			.forEach((name,
					values) -> sent.append(' ').append(name).append('=').append(escaped(List.of(values).toString())));
		return sent.toString();
	}

	private static String escaped(String text) {
		if (text == null) {
			return "(none)";
		}
		StringBuilder out = new StringBuilder();
		text.codePoints()
			.forEach((c) -> out.append((c < 0x20 || c > 0x7e) ? String.format("\\u{%x}", c) : Character.toString(c)));
		return out.toString();
	}

	private static String basic(String id, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	private static boolean isOurs(String location) {
		if (location.startsWith("/") && !location.startsWith("//")) {
			return true;
		}
		URI uri = URI.create(location);
		return "localhost".equals(uri.getHost()) && (uri.getPort() == -1 || uri.getPort() == 80);
	}

	private boolean registeredFor(String location) {
		String withoutQuery = location.contains("?") ? location.substring(0, location.indexOf('?')) : location;
		return clients.stream().anyMatch((client) -> client.getRedirectUris().contains(withoutQuery));
	}

	private SigninDriver person() throws Exception {
		if (person == null) {
			person = SigninDriver.signedInAsNewAccount(this.mvc, this.outbox, this.accounts, this.hasher, "oafuzz");
		}
		return person;
	}

}
