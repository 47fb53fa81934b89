package gov.irs.secureaccess.audit;

import java.time.Instant;
import java.util.Map;

/** A stored audit event with its place in the chain. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String subject,
		String sourceAddress, Map<String, String> details, String prevHash, String hash) {

	public AuditEntry {
		details = (details != null) ? Map.copyOf(details) : Map.of();
	}

}
