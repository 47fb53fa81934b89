package gov.irs.secureaccess.platform.otp;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each kind of code lives, e.g.
 * {@code secure-access.codes.lifetimes.mail-activation=P10D} for the NIST-2017 policy
 * inside the contiguous US (REG-6). Defaults are the rules' numbers in
 * {@link CodePurpose}.
 */
@ConfigurationProperties("secure-access.codes")
public record CodeLifetimes(Map<String, Duration> lifetimes) {

	public CodeLifetimes {
		lifetimes = (lifetimes != null) ? Map.copyOf(lifetimes) : Map.of();
	}

	public Duration of(CodePurpose purpose) {
		String key = purpose.name().toLowerCase(Locale.ROOT).replace('_', '-');
		Duration configured = this.lifetimes.get(key);
		return (configured != null) ? configured : purpose.defaultLifetime();
	}

}
