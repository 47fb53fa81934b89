package gov.irs.secureaccess.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import gov.irs.secureaccess.platform.crypto.KeyedHash;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit log in PostgreSQL, as {@link AuditShards#COUNT} hash chains. An append locks
 * its shard's {@code audit_chain_head} row ({@code for update}) until the caller's
 * transaction ends, so the entries of one shard get consecutive places and each chains to
 * the true previous entry, whichever node writes it, while appends to other shards go on
 * at the same time.
 * <p>
 * A transaction keeps to the shard of its first event: a change that records several
 * events (about different subjects) holds one head lock, never two, so two such changes
 * cannot deadlock on the audit log.
 */
@Repository
class JdbcAuditLog implements AuditLog {

	private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ChainHash chainHash;

	private final JsonMapper json;

	private final Clock clock;

	/** Key of the transaction's shard in {@link TransactionSynchronizationManager}. */
	private final Object shardOfTransaction = new Object();

	JdbcAuditLog(JdbcClient jdbc, KeyedHash keyedHash, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.chainHash = new ChainHash(keyedHash);
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public AuditEntry record(AuditEvent event) {
		int shard = shardFor(event);
		Head head = this.jdbc.sql("select shard_seq, hash from audit_chain_head where shard = :shard for update")
			.param("shard", shard)
			.query((rs, n) -> new Head(rs.getLong("shard_seq"), rs.getString("hash")))
			.optional()
			.orElseThrow(() -> new IllegalStateException("No audit_chain_head row for shard " + shard));
		// Taken while holding the head: seq increases along each shard's chain.
		long seq = this.jdbc.sql("select nextval('audit_event_seq')").query(Long.class).single();
		long shardSeq = head.shardSeq() + 1;
		// PostgreSQL keeps microseconds: hash exactly what is stored.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Map<String, String> details = new TreeMap<>(event.details());
		String hash = this.chainHash.of(head.hash(), shard, shardSeq, seq, now, event.actor(), event.action(),
				event.subject(), event.sourceAddress(), details);
		this.jdbc.sql("""
				with appended as (
				    insert into audit_event (seq, shard, shard_seq, hash_format, occurred_at, actor, action, subject,
				                             source_address, details, prev_hash, hash)
				    values (:seq, :shard, :shardSeq, :format, :occurredAt, :actor, :action, :subject, :source, :details,
				            :prevHash, :hash)
				    returning shard, shard_seq, seq, hash)
				update audit_chain_head h set shard_seq = a.shard_seq, seq = a.seq, hash = a.hash
				from appended a where h.shard = a.shard
				""")
			.param("seq", seq)
			.param("shard", shard)
			.param("shardSeq", shardSeq)
			.param("format", ChainHash.SHARDED)
			.param("occurredAt", Timestamp.from(now))
			.param("actor", event.actor())
			.param("action", event.action())
			.param("subject", event.subject())
			.param("source", event.sourceAddress())
			.param("details", this.json.writeValueAsString(details))
			.param("prevHash", head.hash())
			.param("hash", hash)
			.update();
		return new AuditEntry(seq, shard, shardSeq, now, event.actor(), event.action(), event.subject(),
				event.sourceAddress(), details, head.hash(), hash);
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
		return new AuditEntry(rs.getLong("seq"), rs.getInt("shard"), rs.getLong("shard_seq"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
				rs.getString("subject"), rs.getString("source_address"),
				(details != null) ? this.json.readValue(details, DETAILS) : Map.of(), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

	/** The shard of the transaction's first event. */
	private int shardFor(AuditEvent event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return AuditShards.of(event);
		}
		Integer pinned = (Integer) TransactionSynchronizationManager.getResource(this.shardOfTransaction);
		if (pinned != null) {
			return pinned;
		}
		int shard = AuditShards.of(event);
		TransactionSynchronizationManager.bindResource(this.shardOfTransaction, shard);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void suspend() {
				// An inner REQUIRES_NEW transaction is another transaction: it chooses
				// its own shard.
				TransactionSynchronizationManager.unbindResource(JdbcAuditLog.this.shardOfTransaction);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(JdbcAuditLog.this.shardOfTransaction, shard);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(JdbcAuditLog.this.shardOfTransaction);
			}

		});
		return shard;
	}

	private record Head(long shardSeq, String hash) {
	}

}
