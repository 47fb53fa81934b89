package gov.irs.secureaccess.portal;

import java.util.Optional;

import gov.irs.secureaccess.portal.signin.Acr;
import gov.irs.secureaccess.portal.web.Application;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * For page tests: every MockMvc request to an application's page is made by a person
 * signed in through that application's registration (an OpenID Connect login as Spring
 * Security's test support makes it, with the ID token's {@code acr} at the application's
 * level and a given name).
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInThroughPageApplication {

	@Bean
	MockMvcBuilderCustomizer signedInThroughPageApplication(ClientRegistrationRepository registrations) {
		return (builder) -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(through(registrations, null)));
	}

	/**
	 * Signed in through the application of the request's path (or {@code acr} if given);
	 * nobody elsewhere.
	 */
	public static RequestPostProcessor through(ClientRegistrationRepository registrations, Acr acr) {
		return (request) -> {
			Optional<Application> app = Application.forPath(request.getRequestURI());
			if (app.isEmpty()) {
				return request;
			}
			Acr level = (acr != null) ? acr : Acr.ofLoa(app.get().loa());
			return oidcLogin().clientRegistration(registrations.findByRegistrationId(app.get().registrationId()))
				.idToken((token) -> token.claim("acr", level.uri()).claim("given_name", "Olivia"))
				.postProcessRequest(request);
		};
	}

}
