package gov.irs.secureaccess.platform.web;

import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static gov.irs.secureaccess.support.FormTokens.csrf;
import static gov.irs.secureaccess.support.FormTokens.invalidCsrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which requests pass the filter chain: CSRF on every state-changing request, public
 * paths, everything else closed.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AccessRulesTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/register", "/sign-in/username" })
	void whenPostWithoutCsrfToken_thenForbidden(String path) throws Exception {
		this.mvc.perform(post(path).param("username", "someone")).andExpect(status().isForbidden());
	}

	@Test
	void whenPostWithInvalidCsrfToken_thenForbidden() throws Exception {
		this.mvc.perform(post("/").with(invalidCsrf())).andExpect(status().isForbidden());
	}

	@Test
	void whenPostWithCsrfToken_thenPassesTheFilterAndReachesMvc() throws Exception {
		// "/" only answers GET: with a valid token the request gets past security and MVC
		// says 405, not 403.
		this.mvc.perform(post("/").with(csrf())).andExpect(status().isMethodNotAllowed());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/uswds/css/uswds.min.css", "/uswds/js/uswds.min.js", "/uswds/img/us_flag_small.png",
			"/livez", "/readyz" })
	void whenPublicPathRequestedAnonymously_thenServed(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/profile/history", "/admin", "/actuator/env", "/actuator" })
	void whenProtectedPathRequestedAnonymously_thenForbiddenWithoutLoginRedirectOrBasicChallenge(String path)
			throws Exception {
		var response = this.mvc.perform(get(path)).andExpect(status().isForbidden()).andReturn().getResponse();

		assertThat(response.getHeader("WWW-Authenticate")).isNull();
		assertThat(response.getHeader("Location")).isNull();
	}

	// Pages that later issues add (registration, sign-in, the dev outbox, the audit chain
	// endpoint) are open to anonymous users: the filter chain lets them through to MVC,
	// which answers 404 until they exist.
	@ParameterizedTest
	@ValueSource(strings = { "/register", "/register/no-such-step", "/sign-in", "/sign-in/no-such-step", "/dev/outbox",
			"/uswds/no-such-file.css" })
	void whenPublicPathRequestedAnonymously_thenNotRefusedBySecurity(String path) throws Exception {
		int status = this.mvc.perform(get(path)).andReturn().getResponse().getStatus();

		assertThat(status).isNotIn(401, 403).isIn(200, 404);
	}

	@Test
	void whenHomeVisitedAnonymously_thenNoSessionCreated() throws Exception {
		var result = this.mvc.perform(get("/")).andExpect(status().isOk()).andReturn();

		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getCookie("JSESSIONID")).isNull();
	}

	@Test
	void whenVersionedAssetServed_thenBrowsersMayCacheItForAYear() throws Exception {
		String page = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		String css = page.replaceAll("(?s).*href=\"(/uswds/css/uswds\\.min-[0-9a-f]{32}\\.css)\".*", "$1");

		var response = this.mvc.perform(get(css)).andExpect(status().isOk()).andReturn().getResponse();

		assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000");
		assertThat(response.getContentAsString()).contains(".usa-banner");
	}

	// SIGN-1: the account pages send a person who is not signed in to the sign-in page.
	@Test
	void SIGN_1_whenTheAccountPageIsRequestedAnonymously_thenItRedirectsToSignIn() throws Exception {
		var response = this.mvc.perform(get("/account")).andExpect(status().isFound()).andReturn().getResponse();

		assertThat(response.getHeader("Location")).endsWith("/sign-in");
	}

}
