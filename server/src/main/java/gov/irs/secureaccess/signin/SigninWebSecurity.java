package gov.irs.secureaccess.signin;

import java.time.Clock;

import gov.irs.secureaccess.platform.web.WebSecurityContribution;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Sign-in's part of the web filter chain, contributed to the platform's chain (the
 * platform does not know sign-in): SIGN-6's absolute session lifetime, checked before
 * authorization. A filter and not a bean of its own, so it runs in the security chain
 * only and is not also registered as a servlet filter.
 */
@Configuration(proxyBeanMethods = false)
class SigninWebSecurity {

	@Bean
	WebSecurityContribution absoluteSessionTimeout(Clock clock, SigninProperties signin) {
		return (http) -> http.addFilterBefore(new AbsoluteSessionTimeout(clock, signin), AuthorizationFilter.class);
	}

}
