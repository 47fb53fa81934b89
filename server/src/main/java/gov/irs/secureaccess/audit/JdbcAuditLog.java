package gov.irs.secureaccess.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import gov.irs.secureaccess.platform.crypto.KeyedHash;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log in PostgreSQL. Appends take a transaction-scoped advisory lock so that entries get consecutive
 * sequence numbers and each one chains to the true previous entry, whichever node writes it.
 */
@Repository
class JdbcAuditLog implements AuditLog {

	private static final long APPEND_LOCK = 0x5A_A0D1_7L;

	private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ChainHash chainHash;

	private final JsonMapper json;

	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, KeyedHash keyedHash, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.chainHash = new ChainHash(keyedHash);
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public AuditEntry record(AuditEvent event) {
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", APPEND_LOCK).query().singleRow();
		Optional<Map<String, Object>> last = this.jdbc.sql("select seq, hash from audit_event order by seq desc limit 1")
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		long seq = last.map((row) -> ((Number) row.get("seq")).longValue() + 1).orElse(1L);
		String prevHash = last.map((row) -> (String) row.get("hash")).orElse(ChainHash.GENESIS);
		// PostgreSQL keeps microseconds: hash exactly what is stored.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Map<String, String> details = new TreeMap<>(event.details());
		String hash = this.chainHash.of(prevHash, seq, now, event.actor(), event.action(), event.subject(),
				event.sourceAddress(), details);
		this.jdbc.sql("""
				insert into audit_event (seq, occurred_at, actor, action, subject, source_address, details, prev_hash, hash)
				values (:seq, :occurredAt, :actor, :action, :subject, :source, :details, :prevHash, :hash)
				""")
			.param("seq", seq)
			.param("occurredAt", Timestamp.from(now))
			.param("actor", event.actor())
			.param("action", event.action())
			.param("subject", event.subject())
			.param("source", event.sourceAddress())
			.param("details", this.json.writeValueAsString(details))
			.param("prevHash", prevHash)
			.param("hash", hash)
			.update();
		return new AuditEntry(seq, now, event.actor(), event.action(), event.subject(), event.sourceAddress(), details,
				prevHash, hash);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> forSubject(String subject, int limit) {
		return this.jdbc.sql("select * from audit_event where subject = :subject order by seq desc limit :limit")
			.param("subject", subject)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	AuditEntry map(ResultSet rs, int row) throws SQLException {
		String details = rs.getString("details");
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("subject"), rs.getString("source_address"),
				(details != null) ? this.json.readValue(details, DETAILS) : Map.of(), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

}
