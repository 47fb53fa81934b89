package gov.irs.secureaccess.platform.web;

import java.time.Duration;

/**
 * A bounded resource is at capacity (DESIGN "Speed"): the request is answered at once
 * with 503 Service Unavailable and a {@code Retry-After} of {@link #retryAfter()}
 * ({@link BusyAdvice}) instead of queueing without bound. The capability that owns the
 * resource (the password-hashing pool, for one) throws its own subclass, so the platform
 * answers it without depending on that capability.
 */
public abstract class ServiceBusyException extends RuntimeException {

	private final Duration retryAfter;

	protected ServiceBusyException(String message, Duration retryAfter) {
		super(message);
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
