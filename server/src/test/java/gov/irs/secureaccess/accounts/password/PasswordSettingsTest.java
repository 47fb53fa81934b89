package gov.irs.secureaccess.accounts.password;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings of PW-1..PW-3 bind under secure-access.passwords with the documented
 * defaults.
 */
class PasswordSettingsTest {

	private static PasswordSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("secure-access.passwords",
				PasswordSettings.class);
	}

	@Test
	void whenNothingSet_thenDefaultsAreTwelveTo256AndOwaspArgon2id_PW1_PW3() {
		PasswordSettings settings = bind(Map.of());

		assertThat(settings).isEqualTo(PasswordSettings.defaults());
		assertThat(settings.minLength()).isEqualTo(12);
		assertThat(settings.maxLength()).isEqualTo(256);
		assertThat(settings.minGuessesLog10()).isEqualTo(10);
		assertThat(settings.extraBlocklist()).isNull();
		assertThat(settings.argon2()).isEqualTo(new PasswordSettings.Argon2(19456, 2, 1));
		assertThat(settings.hashing()).isEqualTo(new PasswordSettings.Hashing(0, 64, Duration.ofSeconds(1)));
		assertThat(settings.hashing().effectiveThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
	}

	@Test
	void whenSet_thenEverySettingBinds_PW1_PW2_PW3() {
		PasswordSettings settings = bind(Map.ofEntries(Map.entry("secure-access.passwords.min-length", "14"),
				Map.entry("secure-access.passwords.max-length", "128"),
				Map.entry("secure-access.passwords.min-guesses-log10", "12"),
				Map.entry("secure-access.passwords.guessability-check-length", "80"),
				Map.entry("secure-access.passwords.extra-blocklist", "/etc/secure-access/blocked.txt"),
				Map.entry("secure-access.passwords.argon2.memory-kib", "47104"),
				Map.entry("secure-access.passwords.argon2.iterations", "1"),
				Map.entry("secure-access.passwords.argon2.parallelism", "2"),
				Map.entry("secure-access.passwords.hashing.threads", "3"),
				Map.entry("secure-access.passwords.hashing.queue-limit", "10"),
				Map.entry("secure-access.passwords.hashing.retry-after", "5s")));

		assertThat(settings).isEqualTo(new PasswordSettings(14, 128, 12, 80, Path.of("/etc/secure-access/blocked.txt"),
				new PasswordSettings.Argon2(47104, 1, 2), new PasswordSettings.Hashing(3, 10, Duration.ofSeconds(5))));
	}

}
