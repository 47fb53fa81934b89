package gov.irs.secureaccess.audit;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A security event to record (DATA-4): who did what to which subject, from where. Details
 * are short, non-PII facts (an outcome, a step name, a count): never an SSN, a name, a
 * code or a password (DATA-3).
 *
 * @param actor who acted, e.g. {@code account:42}, {@code assistor:7}, {@code anonymous},
 * {@code system}
 * @param action what happened, e.g. {@code registration.identity.failed}
 * @param subject what it happened to, e.g. {@code account:42} or {@code journey:<uuid>};
 * may be null
 * @param sourceAddress the client address, or null for system events
 * @param details further non-PII facts, kept in key order
 */
public record AuditEvent(String actor, String action, String subject, String sourceAddress,
		Map<String, String> details) {

	public AuditEvent {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		details = (details != null) ? Map.copyOf(details) : Map.of();
	}

	public static AuditEvent of(String actor, String action, String subject, String sourceAddress) {
		return new AuditEvent(actor, action, subject, sourceAddress, Map.of());
	}

	public AuditEvent with(String key, String value) {
		Map<String, String> more = new TreeMap<>(this.details);
		more.put(key, value);
		return new AuditEvent(this.actor, this.action, this.subject, this.sourceAddress, more);
	}

}
