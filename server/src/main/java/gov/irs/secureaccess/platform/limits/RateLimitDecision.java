package gov.irs.secureaccess.platform.limits;

import java.time.Duration;

/**
 * Whether a hit was allowed, how many remain in the window, and how long until the window
 * resets (for a {@code Retry-After} header or a "try again in N minutes" message).
 */
public record RateLimitDecision(boolean allowed, int remaining, Duration retryAfter) {

	/** Whole minutes to tell a person, rounded up, never zero. */
	public long retryAfterMinutes() {
		long seconds = this.retryAfter.toSeconds();
		return Math.max(1, (seconds + 59) / 60);
	}

}
