package gov.irs.secureaccess.platform.limits;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator overrides of declared limits, e.g.
 * {@code secure-access.rate-limits.registration-email-resend.max-hits=3} and
 * {@code ...window=PT1H}.
 */
@ConfigurationProperties("secure-access")
public record RateLimitSettings(Map<String, Override> rateLimits) {

	public RateLimitSettings {
		rateLimits = (rateLimits != null) ? Map.copyOf(rateLimits) : Map.of();
	}

	/** The declared limit with any operator override applied. */
	public RateLimit resolve(RateLimit declared) {
		Override override = this.rateLimits.get(declared.name());
		if (override == null) {
			return declared;
		}
		return new RateLimit(declared.name(), (override.maxHits() != null) ? override.maxHits() : declared.maxHits(),
				(override.window() != null) ? override.window() : declared.window());
	}

	public record Override(Integer maxHits, Duration window) {
	}

}
