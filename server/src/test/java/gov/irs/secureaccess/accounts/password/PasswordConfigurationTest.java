package gov.irs.secureaccess.accounts.password;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The beans of PW-1..PW-3 come up from settings alone, and refuse settings that break
 * PW-1.
 */
class PasswordConfigurationTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class, PasswordConfiguration.class);

	@Test
	void whenStarted_thenPolicyAndHasherWorkWithTheSettings_PW1_PW3() {
		this.contexts
			.withPropertyValues("secure-access.passwords.argon2.memory-kib=1024",
					"secure-access.passwords.argon2.iterations=1", "secure-access.passwords.hashing.threads=1")
			.run((context) -> {
				PasswordHasher hasher = context.getBean(PasswordHasher.class);
				String stored = hasher.hash("marmalade typhoon velvet");

				assertThat(stored).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
				assertThat(hasher.verify("marmalade typhoon velvet", stored)).isTrue();
				assertThat(context.getBean(PasswordPolicy.class).check("password1234", null, null).messageKeys())
					.containsExactly("password.common");
			});
	}

	@Test
	void whenMinimumLengthSetBelowTwelve_thenStartFails_PW1() {
		this.contexts.withPropertyValues("secure-access.passwords.min-length=8")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PasswordSettings.class)
	static class Settings {

	}

}
