package gov.irs.secureaccess.platform.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * A named limit: at most {@code maxHits} hits per key in a window of {@code window}.
 * Capabilities declare their limits with a default; operators override them with
 * {@code secure-access.rate-limits.<name>.max-hits} and {@code .window} (see
 * {@link RateLimitSettings}).
 */
public record RateLimit(String name, int maxHits, Duration window) {

	/** Buckets older than this are purged, so no window may be longer. */
	public static final Duration MAX_WINDOW = Duration.ofDays(7);

	public RateLimit {
		Objects.requireNonNull(name, "name");
		if (!name.matches("[a-z0-9.-]{1,64}")) {
			throw new IllegalArgumentException("Rate limit name must be lower-case letters, digits, '.' or '-'");
		}
		if (maxHits < 1) {
			throw new IllegalArgumentException("Rate limit " + name + " must allow at least one hit");
		}
		if (window == null || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("Rate limit " + name + " needs a positive window");
		}
		if (window.compareTo(MAX_WINDOW) > 0) {
			throw new IllegalArgumentException("Rate limit " + name + " window is longer than " + MAX_WINDOW);
		}
	}

}
