package gov.irs.secureaccess.messaging;

import java.util.Objects;

/**
 * A message to send. Recipient, subject and body are sealed in the outbox (they hold PII
 * and codes).
 *
 * @param channel email, text message or letter
 * @param template what kind of message it is, e.g. {@code registration.email-code}; safe
 * to log
 * @param recipient email address, E.164 phone number, or the postal address block
 * @param subject subject line (email, letter heading); may be null for texts
 * @param body the text
 * @param dedupKey names the one logical message, so a retried transaction never queues it
 * twice (MSG-1); may be null
 */
public record OutgoingMessage(Channel channel, String template, String recipient, String subject, String body,
		String dedupKey) {

	public OutgoingMessage {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(body, "body");
		if (recipient == null || recipient.isBlank()) {
			throw new IllegalArgumentException("A message needs a recipient");
		}
	}

}
