package gov.irs.secureaccess.platform.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * What a capability adds to the web filter chain ({@link SecurityConfiguration}) without
 * the platform depending on it: sign-in's absolute session lifetime (SIGN-6), for one.
 * Every bean of this type is applied to that chain, in
 * {@link org.springframework.core.annotation.Order @Order} order; the platform stays
 * below every capability.
 */
@FunctionalInterface
public interface WebSecurityContribution {

	void contribute(HttpSecurity http);

}
