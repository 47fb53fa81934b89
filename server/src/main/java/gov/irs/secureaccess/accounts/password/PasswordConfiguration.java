package gov.irs.secureaccess.accounts.password;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The password policy (lists loaded once) and the hasher on its bounded pool. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	PasswordPolicy passwordPolicy(PasswordSettings settings) {
		return PasswordPolicy.load(settings);
	}

	@Bean(destroyMethod = "close")
	PasswordHashingPool passwordHashingPool(PasswordSettings settings) {
		return PasswordHashingPool.from(settings.hashing());
	}

	@Bean
	PasswordHasher passwordHasher(PasswordSettings settings, PasswordHashingPool pool) {
		return new PasswordHasher(settings.argon2().cost(), pool);
	}

}
