package gov.irs.secureaccess.accounts.password;

import java.time.Duration;

/**
 * Every hashing thread is busy and the queue is full (DESIGN "Speed"). The web layer answers 503 Service Unavailable
 * with a {@code Retry-After} of {@link #retryAfter()}, rather than letting memory grow with concurrency.
 */
public class PasswordHashingBusyException extends RuntimeException {

	private final Duration retryAfter;

	public PasswordHashingBusyException(Duration retryAfter) {
		super("Password hashing is at capacity; retry after " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** Whole seconds for the {@code Retry-After} header, at least 1. */
	public long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}
