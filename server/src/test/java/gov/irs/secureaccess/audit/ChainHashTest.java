package gov.irs.secureaccess.audit;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import gov.irs.secureaccess.platform.crypto.KeyRing;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DATA-4: the hashes that link audit entries, in the format written before V80 and the
 * one written since.
 */
class ChainHashTest {

	private static final Instant AT = Instant.parse("2026-11-02T10:15:30.123456Z");

	private final ChainHash chainHash = new ChainHash(new KeyedHash(keyRing()));

	@Test
	void DATA_4_theFormatWrittenBeforeV80IsUnchanged_soEveryEntryRecordedThenStillVerifies() {
		// Computed with ChainHash as it was before V80 (one chain, seq as the place in
		// it), under this test key.
		assertThat(this.chainHash.legacy(ChainHash.GENESIS, 1, AT, "account:42", "signin.succeeded", "account:42",
				"203.0.113.7", Map.of("factor", "sms")))
			.isEqualTo("70d9a7f7e222a72900fc4ec74e5db6b7b7bf1fcb1bef2d8662d4034085047bde");
		assertThat(this.chainHash.legacy(ChainHash.GENESIS, 2, Instant.parse("2026-11-02T10:15:31Z"), "system",
				"test.legacy", null, null, Map.of()))
			.isEqualTo("6eb987cf0ac1a05ede838596259f81c24a7fe1d3ed40ebef93c241a7df8e3edb");
	}

	@Test
	void DATA_4_theShardedFormatBindsTheShardThePlaceAndTheSequenceNumber() {
		String hash = sharded(3, 7, 100);

		assertThat(sharded(4, 7, 100)).as("moved to another shard").isNotEqualTo(hash);
		assertThat(sharded(3, 8, 100)).as("moved to another place").isNotEqualTo(hash);
		assertThat(sharded(3, 7, 101)).as("renumbered").isNotEqualTo(hash);
		assertThat(sharded(3, 7, 100)).isEqualTo(hash);
	}

	@Test
	void DATA_4_anEntryCannotPassForTheOtherFormat() {
		AuditEntry entry = new AuditEntry(1, 0, 1, AT, "system", "test.format", null, null, Map.of(), ChainHash.GENESIS,
				null);

		assertThat(this.chainHash.of(entry, ChainHash.SHARDED))
			.isNotEqualTo(this.chainHash.of(entry, ChainHash.LEGACY));
	}

	private String sharded(int shard, long shardSeq, long seq) {
		return this.chainHash.of(ChainHash.GENESIS, shard, shardSeq, seq, AT, "system", "test.sharded", "account:42",
				null, Map.of("n", "1"));
	}

	private static KeyRing keyRing() {
		byte[] lookupKey = new byte[32];
		for (int i = 0; i < lookupKey.length; i++) {
			lookupKey[i] = (byte) i;
		}
		Base64.Encoder base64 = Base64.getEncoder();
		return new KeyRing(Map.of("k1", base64.encodeToString(new byte[32])), "k1", base64.encodeToString(lookupKey));
	}

}
