package gov.irs.secureaccess.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DATA-4: every security event is kept in an append-only log whose chain shows any
 * tampering.
 */
@IntegrationTest
class AuditLogTest {

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void DATA_4_whenEventsAreRecorded_thenTheyAreChainedAndTheChainVerifies() {
		AuditEntry first = this.auditLog
			.record(AuditEvent.of("anonymous", "registration.started", "account:1", "203.0.113.7"));
		AuditEntry second = this.auditLog
			.record(AuditEvent.of("account:1", "signin.succeeded", "account:1", "203.0.113.7").with("factor", "sms"));

		// One subject, one shard: the second entry takes the next place in the first
		// one's chain.
		assertThat(second.shard()).isEqualTo(first.shard());
		assertThat(second.shardSeq()).isEqualTo(first.shardSeq() + 1);
		assertThat(second.seq()).isGreaterThan(first.seq());
		assertThat(second.prevHash()).isEqualTo(first.hash());
		assertThat(this.auditLog.forSubject("account:1", 10)).first().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("signin.succeeded");
			assertThat(entry.sourceAddress()).isEqualTo("203.0.113.7");
			assertThat(entry.details()).containsEntry("factor", "sms");
			assertThat(entry.occurredAt()).isEqualTo(second.occurredAt());
		});
		ChainVerification verification = this.verifier.verify();
		assertThat(verification.intact()).as(verification.problem()).isTrue();
		assertThat(verification.headSeq()).isGreaterThanOrEqualTo(second.seq());
	}

	@Test
	void DATA_4_whenARowIsEditedBehindTheServicesBack_thenVerificationFindsIt() {
		AuditEntry entry = this.auditLog
			.record(AuditEvent.of("account:2", "password.changed", "account:2", "198.51.100.1"));
		this.auditLog.record(AuditEvent.of("account:2", "signin.succeeded", "account:2", "198.51.100.1"));

		ChainVerification verification = this.tx.execute((status) -> {
			this.jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
			this.jdbc.sql("update audit_event set source_address = '192.0.2.99' where seq = :seq")
				.param("seq", entry.seq())
				.update();
			ChainVerification result = this.verifier.verify();
			status.setRollbackOnly();
			return result;
		});

		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenSeq()).isEqualTo(entry.seq());
		assertThat(verification.problem()).contains("edited");
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	@Test
	void DATA_4_whenARowIsDeleted_thenVerificationFindsTheGap() {
		AuditEntry entry = this.auditLog.record(AuditEvent.of("system", "test.deleted", null, null));
		AuditEntry after = this.auditLog.record(AuditEvent.of("system", "test.after", null, null));

		ChainVerification verification = this.tx.execute((status) -> {
			this.jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
			this.jdbc.sql("delete from audit_event where seq = :seq").param("seq", entry.seq()).update();
			ChainVerification result = this.verifier.verify();
			status.setRollbackOnly();
			return result;
		});

		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenSeq()).isEqualTo(after.seq());
		assertThat(verification.problem()).contains("removed");
	}

	@Test
	void DATA_4_whenSomeoneUpdatesOrDeletesThroughSql_thenTheDatabaseRefuses() {
		AuditEntry entry = this.auditLog.record(AuditEvent.of("system", "test.immutable", null, null));

		assertThatThrownBy(() -> this.jdbc.sql("update audit_event set action = 'x' where seq = :seq")
			.param("seq", entry.seq())
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from audit_event where seq = :seq").param("seq", entry.seq()).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void whenTheCausingTransactionRollsBack_thenTheEventGoesWithItAndTheChainHasNoGap() {
		long before = shardHead(AuditShards.of("system"));

		this.tx.executeWithoutResult((status) -> {
			this.auditLog.record(AuditEvent.of("system", "test.rolled-back", null, null));
			status.setRollbackOnly();
		});
		AuditEntry next = this.auditLog.record(AuditEvent.of("system", "test.kept", null, null));

		// The rolled-back event's place in its shard is taken by the next one (its seq
		// number is not: seq may skip).
		assertThat(next.shard()).isEqualTo(AuditShards.of("system"));
		assertThat(next.shardSeq()).isEqualTo(before + 1);
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	@Test
	void whenManyThreadsRecordAtOnce_thenEveryEntryIsChainedInOrder() throws Exception {
		long before = entries();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<AuditEntry>> futures = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String n = Integer.toString(i);
			futures.add(pool.submit(() -> this.auditLog
				.record(new AuditEvent("system", "test.concurrent", "n:" + n, null, Map.of("n", n)))));
		}
		for (Future<AuditEntry> future : futures) {
			future.get();
		}
		pool.shutdown();

		assertThat(entries()).isEqualTo(before + 40);
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	private long entries() {
		return this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

	private long shardHead(int shard) {
		return this.jdbc.sql("select shard_seq from audit_chain_head where shard = :shard")
			.param("shard", shard)
			.query(Long.class)
			.single();
	}

}
