package gov.irs.secureaccess.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where {@link InputGuard} stands: for the pages ahead of Spring Security (whose CSRF check is the first reader of a
 * form), for the API just after it, so that nobody's upload is read before their access token was checked.
 */
@Configuration(proxyBeanMethods = false)
class InputGuardConfiguration {

	/** After the declared-size check of uploads (-102), before Spring Security's filter chain (-100). */
	static final int PAGES_ORDER = -101;

	/** Just after Spring Security's filter chain. */
	static final int API_ORDER = -99;

	@Bean
	FilterRegistrationBean<InputGuard> pageInputGuard() {
		FilterRegistrationBean<InputGuard> registration = new FilterRegistrationBean<>(new InputGuard(false));
		registration.setOrder(PAGES_ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<InputGuard> apiInputGuard() {
		FilterRegistrationBean<InputGuard> registration = new FilterRegistrationBean<>(new InputGuard(true));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(API_ORDER);
		return registration;
	}

}
