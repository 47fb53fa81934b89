package gov.irs.secureaccess.portal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import gov.irs.secureaccess.portal.api.TaxApiException;
import gov.irs.secureaccess.portal.signin.Acr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * The portal as an OpenID Connect client (FED-2, FED-4), with no server running (so it
 * also starts without one): each application's pages need a sign-in through that
 * application's registration; the authorization request carries PKCE and the
 * application's {@code acr_values}; an API answer of
 * {@code insufficient_user_authentication} sends the person through authorization again
 * with the level it names (step-up) unless the sign-in has it already; sign-out is
 * RP-initiated at the provider.
 */
@SpringBootTest(properties = "portal.issuer=http://idp.example.test:8080")
@AutoConfigureMockMvc
@Import(FakeTaxApiConfiguration.class)
class PortalSignInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FakeTaxApi api;

	@Autowired
	ClientRegistrationRepository registrations;

	@BeforeEach
	void reset() {
		this.api.reset();
	}

	@Test
	void FED_2_whenNobodyIsSignedIn_thenAnApplicationSendsToItsOwnSignInAndTheHomeIsOpen() throws Exception {
		assertThat(get("/ip-pin").getRedirectedUrl()).isEqualTo("/oauth2/authorization/ip-pin");
		assertThat(get("/transcripts/2025/return").getRedirectedUrl())
			.isEqualTo("/oauth2/authorization/get-transcript");
		assertThat(get("/documents").getRedirectedUrl()).isEqualTo("/oauth2/authorization/document-drop");
		assertThat(get("/tin-matching/bulk").getRedirectedUrl()).isEqualTo("/oauth2/authorization/tin-matching");
		MockHttpServletResponse home = get("/");
		assertThat(home.getStatus()).isEqualTo(200);
		assertThat(home.getContentAsString()).doesNotContain("id=\"sign-out\"")
			.contains("http://idp.example.test:8080/documents");
		assertThat(get("/anything-else").getStatus()).isNotEqualTo(200);
		assertThat(this.api.calls()).isZero();
	}

	@Test
	void FED_2_whenSignedInThroughAnotherApplication_thenThisOneAsksForItsOwnSignIn() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(MockMvcRequestBuilders.get("/ip-pin")
				.with(oidcLogin().clientRegistration(this.registrations.findByRegistrationId("document-drop"))))
			.andReturn()
			.getResponse();

		assertThat(response.getRedirectedUrl()).isEqualTo("/oauth2/authorization/ip-pin");
		assertThat(this.api.calls()).as("no tax data for the wrong application").isZero();
	}

	@Test
	void FED_4_whenTheSignInStarts_thenTheRequestHasPkceTheScopesAndTheApplicationsLevel() throws Exception {
		URI ipPin = authorization("/oauth2/authorization/ip-pin", new MockHttpSession());
		assertThat(ipPin.getScheme() + "://" + ipPin.getAuthority() + ipPin.getPath())
			.isEqualTo("http://idp.example.test:8080/oauth2/authorize");
		var query = UriComponentsBuilder.fromUri(ipPin).build().getQueryParams();
		assertThat(query.getFirst("client_id")).isEqualTo("ip-pin");
		assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(query.getFirst("code_challenge")).isNotBlank();
		assertThat(query.getFirst("nonce")).isNotBlank();
		assertThat(decode(query.getFirst("acr_values"))).isEqualTo("urn:gov:irs:secure-access:loa-3");
		assertThat(decode(query.getFirst("scope"))).isEqualTo("openid profile email taxdata.read");
		assertThat(decode(query.getFirst("redirect_uri"))).isEqualTo("http://localhost/login/oauth2/code/ip-pin");

		var payment = UriComponentsBuilder
			.fromUri(authorization("/oauth2/authorization/payment-agreement", new MockHttpSession()))
			.build()
			.getQueryParams();
		assertThat(decode(payment.getFirst("acr_values"))).isEqualTo("urn:gov:irs:secure-access:loa-2");
		var drop = UriComponentsBuilder
			.fromUri(authorization("/oauth2/authorization/document-drop", new MockHttpSession()))
			.build()
			.getQueryParams();
		assertThat(decode(drop.getFirst("acr_values"))).isEqualTo("urn:gov:irs:secure-access:loa-1");
		assertThat(decode(drop.getFirst("scope"))).isEqualTo("openid documents.write");
		var tin = UriComponentsBuilder
			.fromUri(authorization("/oauth2/authorization/tin-matching", new MockHttpSession()))
			.build()
			.getQueryParams();
		assertThat(decode(tin.getFirst("scope"))).contains("tin.match");
	}

	@Test
	void FED_4_whenTheApiSaysTheLevelIsTooLow_thenThePersonIsSteppedUpWithTheAcrValuesItNamed() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.api.failNext = new TaxApiException(401, "insufficient_user_authentication", "x", null,
				"urn:gov:irs:secure-access:loa-3");
		MockHttpServletResponse page = this.mvc
			.perform(MockMvcRequestBuilders.get("/payment-agreement")
				.session(session)
				.with(SignedInThroughPageApplication.through(this.registrations, Acr.LOA_2)))
			.andReturn()
			.getResponse();

		assertThat(page.getRedirectedUrl()).isEqualTo("/oauth2/authorization/payment-agreement");
		var query = UriComponentsBuilder.fromUri(authorization(page.getRedirectedUrl(), session))
			.build()
			.getQueryParams();
		assertThat(decode(query.getFirst("acr_values"))).isEqualTo("urn:gov:irs:secure-access:loa-3");
		var again = UriComponentsBuilder.fromUri(authorization(page.getRedirectedUrl(), session))
			.build()
			.getQueryParams();
		assertThat(decode(again.getFirst("acr_values"))).as("the step-up is asked once")
			.isEqualTo("urn:gov:irs:secure-access:loa-2");
	}

	@Test
	void FED_4_whenTheSignInHasTheLevelAlready_thenNoLoopButAPageThatSaysSo() throws Exception {
		this.api.failNext = new TaxApiException(401, "insufficient_user_authentication", "x", null,
				"urn:gov:irs:secure-access:loa-3");
		MockHttpServletResponse page = this.mvc
			.perform(MockMvcRequestBuilders.get("/ip-pin")
				.with(SignedInThroughPageApplication.through(this.registrations, Acr.LOA_3)))
			.andReturn()
			.getResponse();

		assertThat(page.getStatus()).isEqualTo(403);
		assertThat(page.getContentAsString()).contains("needs a higher level of identity assurance");
	}

	@Test
	void FED_2_whenThePersonSignsOut_thenTheProviderEndsItsSessionToo() throws Exception {
		MockHttpServletResponse out = this.mvc
			.perform(MockMvcRequestBuilders.post("/logout")
				.with(csrf())
				.with(oidcLogin().clientRegistration(this.registrations.findByRegistrationId("ip-pin"))
					.idToken((token) -> token.tokenValue("the-id-token"))))
			.andReturn()
			.getResponse();

		URI logout = URI.create(out.getRedirectedUrl());
		assertThat(logout.getScheme() + "://" + logout.getAuthority() + logout.getPath())
			.isEqualTo("http://idp.example.test:8080/connect/logout");
		var query = UriComponentsBuilder.fromUri(logout).build().getQueryParams();
		assertThat(query.getFirst("id_token_hint")).isEqualTo("the-id-token");
		assertThat(decode(query.getFirst("post_logout_redirect_uri"))).isEqualTo("http://localhost/");
	}

	@Test
	void FED_2_whenAPageIsServed_thenItsCspLetsFormsContinueToTheProviderOnly() throws Exception {
		assertThat(get("/").getHeader("Content-Security-Policy"))
			.contains("form-action 'self' http://idp.example.test:8080;")
			.contains("script-src 'self';");
	}

	private URI authorization(String path, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(MockMvcRequestBuilders.get(path).session(session))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		return URI.create(response.getRedirectedUrl());
	}

	private MockHttpServletResponse get(String path) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
	}

	private static String decode(String value) {
		return (value != null) ? URLDecoder.decode(value, StandardCharsets.UTF_8) : null;
	}

}
