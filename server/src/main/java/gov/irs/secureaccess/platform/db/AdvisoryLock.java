package gov.irs.secureaccess.platform.db;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every PostgreSQL advisory lock the service takes, with its key and why: the one place
 * such a key is chosen, so two uses never share a key by accident
 * ({@code AdvisoryLockTest} checks the keys are unique and that no other class takes an
 * advisory lock). The keys are the ones each lock had before this registry, so nodes of
 * the previous version and this one still exclude each other during a rolling upgrade.
 * None is on a request's hot path: each guards a rare job that must run on one node at a
 * time.
 */
public enum AdvisoryLock {

	/** Rotating the federation signing key: two nodes never make two new keys at once. */
	SIGNING_KEY_ROTATION(0x5A_F3_D1_13L),

	/**
	 * Making a letter batch: cleans unrecorded folders and batches on one instance at a
	 * time.
	 */
	LETTER_BATCH(0x4C45545445525331L),

	/**
	 * Filling the empty source tables with the generated population: nodes starting
	 * together load it once.
	 */
	POPULATION_LOAD(0x5EC0_0001L),

	/**
	 * Making the generated legacy e-Services accounts: nodes starting together make them
	 * once.
	 */
	LEGACY_GENERATION(0x5EC0_0015L);

	/**
	 * Keys that were used once and must not be given to a new lock, while a node of an
	 * older version may still take them.
	 */
	public static final Map<Long, String> RETIRED = Map.of(0x5A_A0D1_7L,
			"audit append before V80 (one lock for every audited action); appends now lock their shard's "
					+ "audit_chain_head row");

	private final long key;

	AdvisoryLock(long key) {
		this.key = key;
	}

	public long key() {
		return this.key;
	}

	/**
	 * Waits for this lock and holds it until the current transaction ends
	 * ({@code pg_advisory_xact_lock}). Call it inside a transaction: outside one the lock
	 * would be released at once.
	 */
	public void holdUntilCommit(JdbcClient jdbc) {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", this.key).query((rs, n) -> 1).list();
	}

}
