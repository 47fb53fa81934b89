package gov.irs.secureaccess.accounts.password;

import java.time.Duration;

import gov.irs.secureaccess.platform.web.ServiceBusyException;

/**
 * Every hashing thread is busy and the queue is full (DESIGN "Speed"). The web layer
 * answers 503 Service Unavailable with a {@code Retry-After} of {@link #retryAfter()},
 * rather than letting memory grow with concurrency.
 */
public class PasswordHashingBusyException extends ServiceBusyException {

	public PasswordHashingBusyException(Duration retryAfter) {
		super("Password hashing is at capacity; retry after " + retryAfter.toSeconds() + " s", retryAfter);
	}

}
