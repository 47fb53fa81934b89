package gov.irs.secureaccess.audit;

import java.util.List;

/** The tamper-evident, append-only log of security events (DATA-4). */
public interface AuditLog {

	/**
	 * Appends an event in the caller's transaction, so it commits or rolls back with the
	 * change it records.
	 */
	AuditEntry record(AuditEvent event);

	/**
	 * The newest entries about one subject, newest first (a person's own account
	 * history).
	 */
	List<AuditEntry> forSubject(String subject, int limit);

}
