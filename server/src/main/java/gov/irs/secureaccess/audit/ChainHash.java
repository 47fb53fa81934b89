package gov.irs.secureaccess.audit;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import gov.irs.secureaccess.platform.crypto.KeyedHash;

/**
 * The hash that links an audit entry to the one before it in its shard: a keyed hash
 * (HMAC under the lookup key) over the previous hash and every field, each
 * length-prefixed so no two different entries encode alike. Being keyed, the chain cannot
 * be rebuilt by someone who can write to the database but does not hold the key.
 * <p>
 * Two formats: {@link #LEGACY} (entries written before V80, when there was one chain:
 * covers the sequence number as the place in it) and {@link #SHARDED} (covers the shard,
 * the place in the shard and the sequence number, under its own purpose, so an entry
 * cannot be passed off as the other format or moved to another shard or place).
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	/** {@code hash_format} of entries written before V80. */
	static final int LEGACY = 1;

	/** {@code hash_format} of entries written since V80. */
	static final int SHARDED = 2;

	private static final String LEGACY_PURPOSE = "audit.chain";

	private static final String SHARDED_PURPOSE = "audit.chain.shard";

	private final KeyedHash keyedHash;

	ChainHash(KeyedHash keyedHash) {
		this.keyedHash = keyedHash;
	}

	/** Format {@link #SHARDED}: what appends write. */
	String of(String prevHash, int shard, long shardSeq, long seq, Instant occurredAt, String actor, String action,
			String subject, String sourceAddress, Map<String, String> details) {
		StringBuilder canonical = new StringBuilder(256);
		field(canonical, prevHash);
		field(canonical, Integer.toString(shard));
		field(canonical, Long.toString(shardSeq));
		field(canonical, Long.toString(seq));
		fields(canonical, occurredAt, actor, action, subject, sourceAddress, details);
		return this.keyedHash.of(SHARDED_PURPOSE, canonical.toString());
	}

	/**
	 * Format {@link #LEGACY}, unchanged since it was written: only ever verified, never
	 * written again.
	 */
	String legacy(String prevHash, long seq, Instant occurredAt, String actor, String action, String subject,
			String sourceAddress, Map<String, String> details) {
		StringBuilder canonical = new StringBuilder(256);
		field(canonical, prevHash);
		field(canonical, Long.toString(seq));
		fields(canonical, occurredAt, actor, action, subject, sourceAddress, details);
		return this.keyedHash.of(LEGACY_PURPOSE, canonical.toString());
	}

	/** The hash the entry should have, in the given format. */
	String of(AuditEntry entry, int format) {
		return switch (format) {
			case LEGACY -> legacy(entry.prevHash(), entry.seq(), entry.occurredAt(), entry.actor(), entry.action(),
					entry.subject(), entry.sourceAddress(), entry.details());
			case SHARDED -> of(entry.prevHash(), entry.shard(), entry.shardSeq(), entry.seq(), entry.occurredAt(),
					entry.actor(), entry.action(), entry.subject(), entry.sourceAddress(), entry.details());
			default -> throw new IllegalArgumentException("Unknown audit hash format " + format);
		};
	}

	private static void fields(StringBuilder canonical, Instant occurredAt, String actor, String action, String subject,
			String sourceAddress, Map<String, String> details) {
		field(canonical, occurredAt.toString());
		field(canonical, actor);
		field(canonical, action);
		field(canonical, subject);
		field(canonical, sourceAddress);
		new TreeMap<>(details).forEach((key, value) -> {
			field(canonical, key);
			field(canonical, value);
		});
	}

	private static void field(StringBuilder out, String value) {
		if (value == null) {
			out.append("-1:");
		}
		else {
			out.append(value.length()).append(':').append(value);
		}
	}

}
