package gov.irs.secureaccess.audit;

import java.time.Instant;
import java.util.Map;

/**
 * A stored audit event with its place in the chain.
 *
 * @param seq unique and increasing within a shard; orders the whole log by time (it may
 * have gaps)
 * @param shard the chain the entry belongs to ({@link AuditShards})
 * @param shardSeq its place in that chain: 1, 2, 3 ... with no gap
 */
public record AuditEntry(long seq, int shard, long shardSeq, Instant occurredAt, String actor, String action,
		String subject, String sourceAddress, Map<String, String> details, String prevHash, String hash) {

	public AuditEntry {
		details = (details != null) ? Map.copyOf(details) : Map.of();
	}

}
