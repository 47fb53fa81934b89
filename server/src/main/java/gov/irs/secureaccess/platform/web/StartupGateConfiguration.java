package gov.irs.secureaccess.platform.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link StartupGate} on the public port, first of all filters. */
@Configuration(proxyBeanMethods = false)
class StartupGateConfiguration {

	@Bean
	FilterRegistrationBean<StartupGate> startupGate(ApplicationAvailability availability) {
		FilterRegistrationBean<StartupGate> registration = new FilterRegistrationBean<>(new StartupGate(availability));
		registration.setOrder(StartupGate.ORDER);
		return registration;
	}

}
