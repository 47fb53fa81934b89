package gov.irs.secureaccess.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * English by default; {@code ?lang=es} / {@code ?lang=en} on any page switches, and a
 * cookie remembers it.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	/** Named {@code localeResolver} so that it replaces Spring Boot's default one. */
	@Bean
	LocaleResolver localeResolver(LanguageCookieProperties properties) {
		return new LanguageCookieLocaleResolver(properties);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitchInterceptor());
	}

}
