package gov.irs.secureaccess.audit;

import java.util.concurrent.atomic.AtomicReference;

import gov.irs.secureaccess.platform.crypto.KeyedHash;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Walks the whole audit log in order and checks every link: an edited, removed or inserted row breaks it. */
@Service
public class AuditChainVerifier {

	private final JdbcClient jdbc;

	private final JdbcAuditLog log;

	private final ChainHash chainHash;

	AuditChainVerifier(JdbcClient jdbc, JdbcAuditLog log, KeyedHash keyedHash) {
		this.jdbc = jdbc;
		this.log = log;
		this.chainHash = new ChainHash(keyedHash);
	}

	@Transactional(readOnly = true)
	public ChainVerification verify() {
		Walk walk = new Walk();
		AtomicReference<ChainVerification> broken = new AtomicReference<>();
		this.jdbc.sql("select * from audit_event order by seq").query((rs) -> {
			if (broken.get() != null) {
				return;
			}
			AuditEntry entry = this.log.map(rs, 0);
			String problem = walk.check(entry);
			if (problem != null) {
				broken.set(ChainVerification.broken(walk.checked, entry.seq(), problem));
			}
		});
		return (broken.get() != null) ? broken.get() : ChainVerification.ok(walk.checked, walk.lastSeq, walk.lastHash);
	}

	private final class Walk {

		long checked;

		long lastSeq;

		String lastHash = ChainHash.GENESIS;

		String check(AuditEntry entry) {
			this.checked++;
			if (entry.seq() != this.lastSeq + 1) {
				return "sequence jumps from " + this.lastSeq + " to " + entry.seq() + " (entries removed)";
			}
			if (!entry.prevHash().equals(this.lastHash)) {
				return "link to the previous entry does not match";
			}
			if (!AuditChainVerifier.this.chainHash.of(entry).equals(entry.hash())) {
				return "entry content does not match its hash (entry edited)";
			}
			this.lastSeq = entry.seq();
			this.lastHash = entry.hash();
			return null;
		}

	}

}
