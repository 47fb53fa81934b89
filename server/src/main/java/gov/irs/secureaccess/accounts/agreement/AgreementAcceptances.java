package gov.irs.secureaccess.accounts.agreement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who accepted which version of the e-Services User Agreement, and when (SIGN-8); each
 * acceptance is audited.
 */
@Service
public class AgreementAcceptances {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	AgreementAcceptances(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** When the account accepted this version, if it did. */
	@Transactional(readOnly = true)
	public Optional<Instant> acceptedAt(long accountId, String version) {
		return this.jdbc
			.sql("select accepted_at from agreement_acceptance where account_id = :id and version = :version")
			.param("id", accountId)
			.param("version", version)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	public boolean hasAccepted(long accountId, String version) {
		return acceptedAt(accountId, version).isPresent();
	}

	/**
	 * Records the acceptance (a second acceptance of the same version keeps the first
	 * time).
	 */
	@Transactional
	public void accept(long accountId, String version, String sourceAddress) {
		int added = this.jdbc.sql("""
				insert into agreement_acceptance (account_id, version, accepted_at) values (:id, :version, :now)
				on conflict (account_id, version) do nothing
				""")
			.param("id", accountId)
			.param("version", version)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (added > 0) {
			String subject = "account:" + accountId;
			this.audit
				.record(AuditEvent.of(subject, "agreement.accepted", subject, sourceAddress).with("version", version));
		}
	}

	/** Records that the person declined the version (they are then signed out). */
	@Transactional
	public void decline(long accountId, String version, String sourceAddress) {
		String subject = "account:" + accountId;
		this.audit
			.record(AuditEvent.of(subject, "agreement.declined", subject, sourceAddress).with("version", version));
	}

}
