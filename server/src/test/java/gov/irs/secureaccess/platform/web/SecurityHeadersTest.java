package gov.irs.secureaccess.platform.web;

import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/?lang=es", "/uswds/css/uswds.min.css", "/account" })
	void whenAnyPageOrAssetServed_thenSecurityHeadersPresent(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();

		assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'; script-src 'self'; "
				+ "style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; "
				+ "form-action 'self'; frame-ancestors 'none'");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()", "microphone=()",
				"payment=()");
		assertThat(response.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/uswds/css/uswds.min.css" })
	void whenServedOverHttps_thenStrictTransportSecurity(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).secure(true)).andReturn().getResponse();

		assertThat(response.getHeader("Strict-Transport-Security")).startsWith("max-age=")
			.contains("includeSubDomains");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/uswds/css/uswds.min.css" })
	void whenServedOverPlainHttp_thenNoStrictTransportSecurity(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).secure(false)).andReturn().getResponse();

		assertThat(response.getHeader("Strict-Transport-Security")).isNull();
		assertThat(response.getHeader("Content-Security-Policy")).isNotNull();
	}

}
