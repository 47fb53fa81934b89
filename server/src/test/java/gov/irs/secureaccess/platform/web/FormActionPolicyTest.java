package gov.irs.secureaccess.platform.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers apply a page's {@code form-action} to the redirects after its form is sent:
 * the pages whose forms go on to an application (sign-in, agreement, step-up, consent)
 * allow the applications' origins; every other page keeps {@code form-action 'self'}.
 */
class FormActionPolicyTest {

	@Test
	void whenAPageCanContinueToAnApplication_thenItsFormActionAllowsTheApplicationsOrigins() {
		List<String> origins = List.of("http://localhost:8081");
		for (String path : List.of("/sign-in", "/sign-in/passkey", "/account/agreement", "/federation/consent")) {
			assertThat(SecurityHeaders.policyFor(new MockHttpServletRequest("GET", path), origins)).as(path)
				.contains("form-action 'self' http://localhost:8081;");
		}
		for (String path : List.of("/", "/account", "/account/password", "/register/step")) {
			assertThat(SecurityHeaders.policyFor(new MockHttpServletRequest("GET", path), origins)).as(path)
				.isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		}
		assertThat(SecurityHeaders.policyFor(new MockHttpServletRequest("GET", "/sign-in"), List.of()))
			.isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
	}

}
