package gov.irs.secureaccess.messaging;

import java.util.UUID;

/**
 * The durable outbox (MSG-1): a message is written in the same transaction as the change
 * that causes it, and a sender delivers it afterwards, so nothing is lost across a crash
 * and nothing is sent for a change that rolled back.
 */
public interface Outbox {

	/**
	 * Queues a message inside the caller's transaction (calling it outside one is a
	 * programming error). A message whose dedup key is already queued is not queued
	 * again; the existing id is returned.
	 */
	UUID enqueue(OutgoingMessage message);

}
