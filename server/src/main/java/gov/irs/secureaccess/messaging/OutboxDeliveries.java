package gov.irs.secureaccess.messaging;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Delivery of queued messages by any node (MSG-1): a sender claims due messages of its
 * channel for a while (a lease: another node takes them again only if this one dies
 * before saying how it went), sends them, and records the outcome. Delivery is at least
 * once: a node killed between sending and recording sends again, so what is sent must be
 * idempotent at the receiver (a logout token names itself by {@code jti}).
 */
public interface OutboxDeliveries {

	/** A claimed message, opened. */
	record Claimed(UUID id, String template, String recipient, String subject, String body, int attempts) {
	}

	/**
	 * Claims up to {@code limit} due messages of the channel, oldest first, for
	 * {@code lease}.
	 */
	List<Claimed> claim(Channel channel, int limit, Duration lease);

	void sent(UUID id);

	/**
	 * Not delivered this time: tried again after {@code delay}. {@code reason} holds no
	 * PII (e.g. "HTTP 503").
	 */
	void retryLater(UUID id, Duration delay, String reason);

	/** Given up: the message stays, FAILED, with the reason. */
	void failed(UUID id, String reason);

}
