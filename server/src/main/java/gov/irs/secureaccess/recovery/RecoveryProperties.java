package gov.irs.secureaccess.recovery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of forgot username / forgot password (SIGN-7). The request limits are platform
 * rate limits, changed with {@code secure-access.rate-limits.recovery-per-email.max-hits}
 * / {@code .window} (default 5 an hour per email address) and
 * {@code secure-access.rate-limits.recovery-per-address.*} (default 20 an hour per source
 * address). The code's life is {@code secure-access.codes.lifetimes.recovery-sms}
 * (default PT10M).
 *
 * @param lifetime how long a person has to finish once they started (15 minutes)
 * @param codeAttempts wrong texted codes allowed in one journey (5)
 * @param questionAttempts wrong answers to the secret questions allowed in one journey
 * (3)
 */
@ConfigurationProperties("secure-access.recovery")
public record RecoveryProperties(@DefaultValue("PT15M") Duration lifetime, @DefaultValue("5") int codeAttempts,
		@DefaultValue("3") int questionAttempts) {

	public RecoveryProperties {
		if (codeAttempts < 1 || codeAttempts > 10 || questionAttempts < 1 || questionAttempts > 10) {
			throw new IllegalArgumentException("secure-access.recovery.*-attempts must be 1 to 10");
		}
	}

}
