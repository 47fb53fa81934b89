package gov.irs.secureaccess.messaging;

/**
 * The {@link gov.irs.secureaccess.platform.crypto.PiiCipher} contexts of the sealed
 * {@code outbox_message} columns, for the senders that open them (e.g. the letter batch).
 */
public final class OutboxSeals {

	public static final String RECIPIENT = "outbox.recipient";

	public static final String SUBJECT = "outbox.subject";

	public static final String BODY = "outbox.body";

	private OutboxSeals() {
	}

}
