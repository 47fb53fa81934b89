package gov.irs.secureaccess.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings (SIGN-5, SIGN-6).
 *
 * @param lockoutThreshold consecutive failures (wrong password or code) after which the
 * account locks for {@code lockoutDuration}; each further run of that many locks it again
 * @param lockoutDuration how long a lock lasts
 * @param maxConsecutiveFailures after this many consecutive failures the account stays
 * locked until the password is reset (NIST SP 800-63B: never more than 100; values above
 * 100 are refused at start-up)
 * @param failuresPerAddress failed sign-ins allowed from one source address per
 * {@code addressWindow}
 * @param addressWindow the window of the per-address limit
 * @param absoluteSessionLifetime a signed-in session ends this long after sign-in,
 * however active (12 hours)
 */
@ConfigurationProperties("secure-access.signin")
public record SigninProperties(@DefaultValue("5") int lockoutThreshold, @DefaultValue("PT15M") Duration lockoutDuration,
		@DefaultValue("100") int maxConsecutiveFailures, @DefaultValue("50") int failuresPerAddress,
		@DefaultValue("PT15M") Duration addressWindow, @DefaultValue("PT12H") Duration absoluteSessionLifetime) {

	public SigninProperties {
		if (maxConsecutiveFailures < 1 || maxConsecutiveFailures > 100) {
			throw new IllegalArgumentException(
					"secure-access.signin.max-consecutive-failures must be 1 to 100 (NIST SP 800-63B)");
		}
		if (lockoutThreshold < 1 || lockoutThreshold > maxConsecutiveFailures) {
			throw new IllegalArgumentException(
					"secure-access.signin.lockout-threshold must be 1 to max-consecutive-failures");
		}
	}

}
