package gov.irs.secureaccess.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.LongStream;

import gov.irs.secureaccess.audit.ChainVerification.ShardVerification;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DATA-4 without a global lock: the audit log is {@link AuditShards#COUNT} hash chains.
 * Tampering in any of them is found and named by shard; appends to different shards do
 * not wait for each other; appends to one shard take turns, so its chain stays a line.
 */
@IntegrationTest
class AuditShardsTest {

	private static final int TIMEOUT_SECONDS = 20;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	private final ExecutorService pool = Executors.newFixedThreadPool(8);

	@AfterEach
	void stopPool() {
		this.pool.shutdownNow();
	}

	@Test
	void DATA_4_everyShardHasAHeadRowAndAnIntactChain() {
		assertThat(this.jdbc.sql("select shard from audit_chain_head order by shard").query(Integer.class).list())
			.hasSize(AuditShards.COUNT)
			.first()
			.isEqualTo(0);

		ChainVerification verification = this.verifier.verify();

		assertThat(verification.intact()).as(verification.problem()).isTrue();
		assertThat(verification.shards()).hasSize(AuditShards.COUNT).allMatch(ShardVerification::intact);
	}

	@Test
	void DATA_4_whenARowInAnyShardIsEdited_thenVerificationNamesThatShardAndOnlyThatOne() {
		List<AuditEntry> oneInEach = new ArrayList<>();
		for (int shard = 0; shard < AuditShards.COUNT; shard++) {
			oneInEach.add(this.auditLog.record(AuditEvent.of("system", "test.shard.edited", subjectIn(shard), null)));
		}

		for (AuditEntry entry : oneInEach) {
			ChainVerification verification = tampered(
					"update audit_event set action = 'test.shard.forged' where seq = " + entry.seq());

			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenSeq()).isEqualTo(entry.seq());
			assertThat(verification.problem()).startsWith("shard " + entry.shard() + ":").contains("edited");
			assertThat(verification.shards()).filteredOn((shard) -> !shard.intact())
				.singleElement()
				.satisfies((shard) -> {
					assertThat(shard.shard()).isEqualTo(entry.shard());
					assertThat(shard.firstBrokenSeq()).isEqualTo(entry.seq());
				});
		}
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	@Test
	void DATA_4_whenARowIsMovedToAnotherShard_thenBothShardsAreBroken() {
		AuditEntry moved = this.auditLog.record(AuditEvent.of("system", "test.shard.moved", subjectIn(3), null));
		int target = 4;
		long free = this.jdbc.sql("select shard_seq + 1 from audit_chain_head where shard = :shard")
			.param("shard", target)
			.query(Long.class)
			.single();

		ChainVerification verification = tampered(
				"update audit_event set shard = " + target + ", shard_seq = " + free + " where seq = " + moved.seq());

		assertThat(verification.intact()).isFalse();
		assertThat(verification.shards().get(3).intact()).as("its old shard's head names it").isFalse();
		assertThat(verification.shards().get(target).intact()).as("its new shard's links do not fit").isFalse();
	}

	@Test
	void DATA_4_whenTheLastEntriesOfAShardAreRemoved_thenItsHeadRowGivesItAway() {
		String subject = subjectIn(5);
		this.auditLog.record(AuditEvent.of("system", "test.shard.kept", subject, null));
		AuditEntry last = this.auditLog.record(AuditEvent.of("system", "test.shard.cut", subject, null));

		ChainVerification verification = tampered("delete from audit_event where seq = " + last.seq());

		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenSeq()).isEqualTo(last.seq());
		assertThat(verification.problem()).startsWith("shard 5:").contains("removed from the end");
	}

	@Test
	void DATA_4_whenOneTransactionHoldsAShard_thenAnAppendToAnotherShardCommitsWithoutWaiting() throws Exception {
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<AuditEntry> holder = this.pool.submit(() -> this.tx.execute((status) -> {
			AuditEntry entry = this.auditLog.record(AuditEvent.of("system", "test.shard.held", subjectIn(6), null));
			holding.countDown();
			await(release);
			return entry;
		}));
		try {
			assertThat(holding.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();

			Future<AuditEntry> other = this.pool
				.submit(() -> this.auditLog.record(AuditEvent.of("system", "test.shard.other", subjectIn(7), null)));

			AuditEntry committed;
			try {
				committed = other.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			}
			catch (TimeoutException ex) {
				throw new AssertionError("the append to shard 7 waited for the transaction holding shard 6", ex);
			}
			assertThat(committed.shard()).isEqualTo(7);
			assertThat(holder.isDone()).as("shard 6 is still held while shard 7 committed").isFalse();
			assertThat(committedCount(committed.seq())).isEqualTo(1);
		}
		finally {
			release.countDown();
		}
		assertThat(holder.get(TIMEOUT_SECONDS, TimeUnit.SECONDS).shard()).isEqualTo(6);
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	@Test
	void DATA_4_whenOneTransactionHoldsAShard_thenAnAppendToTheSameShardWaitsForItAndChainsToIt() throws Exception {
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger holderPid = new AtomicInteger();
		Future<AuditEntry> holder = this.pool.submit(() -> this.tx.execute((status) -> {
			AuditEntry entry = this.auditLog.record(AuditEvent.of("system", "test.shard.first", subjectIn(8), null));
			holderPid.set(this.jdbc.sql("select pg_backend_pid()").query(Integer.class).single());
			holding.countDown();
			await(release);
			return entry;
		}));
		Future<AuditEntry> waiter;
		try {
			assertThat(holding.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
			waiter = this.pool.submit(() -> this.auditLog
				.record(AuditEvent.of("system", "test.shard.second", subjectIn(8, "other"), null)));

			assertThat(waitUntilBlockedBy(holderPid.get())).as("the second append waits for the holder's lock")
				.isTrue();
			assertThat(waiter.isDone()).isFalse();
		}
		finally {
			release.countDown();
		}
		AuditEntry first = holder.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		AuditEntry second = waiter.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

		assertThat(second.shard()).isEqualTo(first.shard()).isEqualTo(8);
		assertThat(second.shardSeq()).isEqualTo(first.shardSeq() + 1);
		assertThat(second.prevHash()).isEqualTo(first.hash());
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	@Test
	void DATA_4_whenTwentyAppendToOneShardAtOnce_thenItsChainStaysALine() throws Exception {
		int shard = 9;
		long before = shardHead(shard);
		List<Future<AuditEntry>> appends = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String subject = subjectIn(shard, "parallel" + i);
			appends.add(this.pool
				.submit(() -> this.auditLog.record(AuditEvent.of("system", "test.shard.parallel", subject, null))));
		}
		List<AuditEntry> entries = new ArrayList<>();
		for (Future<AuditEntry> append : appends) {
			entries.add(append.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
		}
		entries.sort((a, b) -> Long.compare(a.shardSeq(), b.shardSeq()));

		assertThat(entries).extracting(AuditEntry::shardSeq)
			.containsExactlyElementsOf(LongStream.rangeClosed(before + 1, before + 20).boxed().toList());
		for (int i = 1; i < entries.size(); i++) {
			assertThat(entries.get(i).prevHash()).isEqualTo(entries.get(i - 1).hash());
			assertThat(entries.get(i).seq()).isGreaterThan(entries.get(i - 1).seq());
		}
		assertThat(shardHead(shard)).isEqualTo(before + 20);
		ChainVerification verification = this.verifier.verify();
		assertThat(verification.intact()).as(verification.problem()).isTrue();
		assertThat(verification.shards().get(shard).headShardSeq()).isEqualTo(before + 20);
		assertThat(verification.shards().get(shard).headHash()).isEqualTo(entries.get(19).hash());
	}

	@Test
	void whenATransactionRecordsEventsAboutSubjectsInSeveralShards_thenTheyAllGoToItsFirstShard() {
		List<AuditEntry> entries = this.tx.execute((status) -> List.of(
				this.auditLog.record(AuditEvent.of("system", "test.shard.pinned", subjectIn(10), null)),
				this.auditLog.record(AuditEvent.of("system", "test.shard.pinned", subjectIn(11), null)),
				this.auditLog.record(AuditEvent.of("system", "test.shard.pinned", subjectIn(12), null))));

		// One head lock per transaction: two changes that audit the same subjects in
		// another order cannot deadlock.
		assertThat(entries).extracting(AuditEntry::shard).containsOnly(10);
		assertThat(entries.get(2).shardSeq()).isEqualTo(entries.get(0).shardSeq() + 2);
		AuditEntry afterwards = this.auditLog
			.record(AuditEvent.of("system", "test.shard.unpinned", subjectIn(11), null));
		assertThat(afterwards.shard()).as("the next transaction chooses again").isEqualTo(11);
	}

	/**
	 * Runs the statement behind the table's back (its triggers off), verifies, and rolls
	 * everything back.
	 */
	private ChainVerification tampered(String statement) {
		return this.tx.execute((status) -> {
			this.jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
			this.jdbc.sql(statement).update();
			ChainVerification result = this.verifier.verify();
			status.setRollbackOnly();
			return result;
		});
	}

	private boolean waitUntilBlockedBy(int pid) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(TIMEOUT_SECONDS));
		while (Instant.now().isBefore(deadline)) {
			int blocked = this.jdbc.sql("select count(*) from pg_stat_activity where :pid = any(pg_blocking_pids(pid))")
				.param("pid", pid)
				.query(Integer.class)
				.single();
			if (blocked > 0) {
				return true;
			}
			Thread.sleep(20);
		}
		return false;
	}

	private int committedCount(long seq) {
		return this.jdbc.sql("select count(*) from audit_event where seq = :seq")
			.param("seq", seq)
			.query(Integer.class)
			.single();
	}

	private long shardHead(int shard) {
		return this.jdbc.sql("select shard_seq from audit_chain_head where shard = :shard")
			.param("shard", shard)
			.query(Long.class)
			.single();
	}

	static String subjectIn(int shard) {
		return subjectIn(shard, "subject");
	}

	/** A synthetic subject whose events go to the given shard. */
	static String subjectIn(int shard, String name) {
		Function<Integer, String> candidate = (i) -> "test:" + name + ":" + i;
		int i = 0;
		while (AuditShards.of(candidate.apply(i)) != shard) {
			i++;
		}
		return candidate.apply(i);
	}

	/**
	 * Holds on longer than any step of a test waits, so a test never sees the holder give
	 * up by itself.
	 */
	private static void await(CountDownLatch latch) {
		try {
			latch.await(3 * TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
