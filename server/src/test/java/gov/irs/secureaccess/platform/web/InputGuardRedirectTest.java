package gov.irs.secureaccess.platform.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused form is sent back to a page of this site, never to another host (RFC 9700
 * section 4.11, open redirects; found by FindSecBugs' UNVALIDATED_REDIRECT):
 * {@link InputGuard} stands ahead of Spring Security's firewall, so a raw request path of
 * {@code //evil.example/...} reached it, and the 303 went to {@code //evil.example/...},
 * which a browser reads as that host.
 */
class InputGuardRedirectTest {

	// SIGN-1 (issue 14, static analysis): the way back is always a path of ours
	@ParameterizedTest
	@ValueSource(strings = { "//evil.example/sign-in", "///evil.example/sign-in", "/\\evil.example/sign-in",
			"\\\\evil.example/sign-in" })
	@DisplayName("SIGN-1: a refused request to //host/... is sent back to /host/..., a path of this site")
	void whenTheRawPathStartsWithTwoSlashes_thenTheWayBackStaysOnThisSite(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setParameter("username", "someone\u0000");
		MockHttpServletResponse response = new MockHttpServletResponse();

		new InputGuard(false).doFilter(request, response, new MockFilterChain());

		assertThat(response.getStatus()).isEqualTo(303);
		assertThat(response.getHeader("Location")).isEqualTo("/evil.example/sign-in?refused=characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sign-in", "/register/activate" })
	void whenThePathIsAnOrdinaryOne_thenItIsKept(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setParameter("username", "someone\u0000");
		MockHttpServletResponse response = new MockHttpServletResponse();

		new InputGuard(false).doFilter(request, response, new MockFilterChain());

		assertThat(response.getHeader("Location")).isEqualTo(path + "?refused=characters");
	}

}
