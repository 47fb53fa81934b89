package gov.irs.secureaccess.messaging;

import java.time.Instant;
import java.util.UUID;

/** A queued message as the developer viewer shows it (opened). */
public record OutboxEntry(UUID id, Channel channel, String template, String recipient, String subject, String body,
		String status, int attempts, Instant createdAt, Instant sentAt) {
}
