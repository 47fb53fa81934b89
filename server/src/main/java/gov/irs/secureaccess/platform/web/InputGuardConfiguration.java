package gov.irs.secureaccess.platform.web;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where {@link InputGuard} stands: for the pages ahead of Spring Security (whose CSRF
 * check is the first reader of a form), for the API just after it, so that nobody's
 * upload is read before their access token was checked. Only on the request as it
 * arrived: a forward to an error page (the provider's {@code /federation/error}, which
 * answers an unreadable authorization request itself, RFC 6749 4.1.2.1) is not sent back
 * again.
 */
@Configuration(proxyBeanMethods = false)
class InputGuardConfiguration {

	/**
	 * After the declared-size check of uploads (-102), before Spring Security's filter
	 * chain (-100).
	 */
	static final int PAGES_ORDER = -101;

	/** Just after Spring Security's filter chain. */
	static final int API_ORDER = -99;

	@Bean
	FilterRegistrationBean<InputGuard> pageInputGuard() {
		FilterRegistrationBean<InputGuard> registration = new FilterRegistrationBean<>(new InputGuard(false));
		registration.setOrder(PAGES_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Bean
	FilterRegistrationBean<InputGuard> apiInputGuard() {
		FilterRegistrationBean<InputGuard> registration = new FilterRegistrationBean<>(new InputGuard(true));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(API_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
