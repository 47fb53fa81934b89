package gov.irs.secureaccess.taxapps.api;

import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * FED-1, the API's refusals before any controller, through the real resource server: the
 * status and challenge of RFC 6750 section 3 and an RFC 9457 problem details body, never
 * an empty one.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ApiProblemDetailsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("FED-1: no access token: 401, WWW-Authenticate: Bearer without an error code (RFC 6750 3.1), problem details (RFC 9457 3)")
	void FED_1_whenTheCallHasNoToken_then401WithTheBearerChallengeAndAProblemDetailsBody() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/v1/ip-pin")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer").doesNotContain("error=");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.getContentAsString());
		assertThat(problem.path("type").asString()).isEqualTo("about:blank");
		assertThat(problem.path("title").asString()).isEqualTo("Unauthorized");
		assertThat(problem.path("status").asInt()).isEqualTo(401);
		assertThat(problem.path("detail").asString()).contains("access token");
		assertThat(problem.path("error").asString()).isEqualTo("invalid_token");
	}

	@Test
	@DisplayName("FED-1: a bad access token: 401, error=\"invalid_token\" in the challenge (RFC 6750 3.1) and problem details")
	void FED_1_whenTheTokenIsBad_then401InvalidTokenWithAProblemDetailsBody() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/ip-pin").header("Authorization", "Bearer not-a-token"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.getContentAsString());
		assertThat(problem.path("status").asInt()).isEqualTo(401);
		assertThat(problem.path("error").asString()).isEqualTo("invalid_token");
		assertThat(problem.path("detail").asString()).isNotBlank().doesNotContain("not-a-token");
	}

}
