package gov.irs.secureaccess.messaging;

import java.util.List;

/**
 * Reads queued messages back, opened: for the developer outbox page and for tests that
 * act as the recipient.
 */
public interface OutboxReader {

	/** The newest messages first. */
	List<OutboxEntry> newest(int limit);

}
