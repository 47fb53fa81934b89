package gov.irs.secureaccess.platform.web;

import java.time.Clock;

import gov.irs.secureaccess.signin.AbsoluteSessionTimeout;
import gov.irs.secureaccess.signin.SigninProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The web filter chain: which paths are public, CSRF protection on every form, and the security headers of every
 * response. There is no form login or HTTP basic: the sign-in journey comes with its own pages.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline script or style anywhere: pages load USWDS and their own assets as files from this origin. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** Powerful browser features the service never uses. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

	static final String[] PUBLIC_PATHS = { "/", "/register/**", "/sign-in/**", "/uswds/**", "/css/**", "/img/**", "/js/**",
			"/favicon.ico", "/error", "/actuator/health/**", "/actuator/prometheus", "/actuator/auditchain",
			"/dev/**", "/federation/error" };

	@Bean
	SecurityFilterChain webSecurityFilterChain(HttpSecurity http, Clock clock, SigninProperties signin,
			ObjectProvider<FormActionTargets> formTargets) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers("/sign-out")
			.permitAll()
			.anyRequest()
			.authenticated())
			.addFilterBefore(new AbsoluteSessionTimeout(clock, signin), AuthorizationFilter.class)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"),
						PathPatternRequestMatcher.withDefaults().matcher("/account/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"),
						PathPatternRequestMatcher.withDefaults().matcher("/account"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"),
						PathPatternRequestMatcher.withDefaults().matcher("/federation/**"))
				.defaultAuthenticationEntryPointFor(new Http403ForbiddenEntryPoint(), AnyRequestMatcher.INSTANCE))
			.headers(SecurityHeaders.standard(formTargets));
		return http.build();
	}

}
