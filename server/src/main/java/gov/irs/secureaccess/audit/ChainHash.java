package gov.irs.secureaccess.audit;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import gov.irs.secureaccess.platform.crypto.KeyedHash;

/**
 * The hash that links an audit entry to the one before it: a keyed hash (HMAC under the lookup key) over the
 * previous hash and every field, each length-prefixed so no two different entries encode alike. Being keyed, the
 * chain cannot be rebuilt by someone who can write to the database but does not hold the key.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private static final String PURPOSE = "audit.chain";

	private final KeyedHash keyedHash;

	ChainHash(KeyedHash keyedHash) {
		this.keyedHash = keyedHash;
	}

	String of(String prevHash, long seq, Instant occurredAt, String actor, String action, String subject,
			String sourceAddress, Map<String, String> details) {
		StringBuilder canonical = new StringBuilder(256);
		field(canonical, prevHash);
		field(canonical, Long.toString(seq));
		field(canonical, occurredAt.toString());
		field(canonical, actor);
		field(canonical, action);
		field(canonical, subject);
		field(canonical, sourceAddress);
		new TreeMap<>(details).forEach((key, value) -> {
			field(canonical, key);
			field(canonical, value);
		});
		return this.keyedHash.of(PURPOSE, canonical.toString());
	}

	String of(AuditEntry entry) {
		return of(entry.prevHash(), entry.seq(), entry.occurredAt(), entry.actor(), entry.action(), entry.subject(),
				entry.sourceAddress(), entry.details());
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
