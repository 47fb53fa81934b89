package gov.irs.secureaccess.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import gov.irs.secureaccess.audit.ChainVerification.ShardVerification;
import gov.irs.secureaccess.platform.crypto.KeyedHash;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks every shard's chain in order and checks every link: an edited, removed, inserted
 * or moved row breaks it, and so does a chain that ends before its shard's head row says.
 * Each shard is reported on its own.
 */
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

	/**
	 * Reads the heads and the entries in one snapshot, so appends committing meanwhile
	 * are all in or all out.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ChainVerification verify() {
		Map<Integer, Head> heads = this.jdbc.sql("select shard, shard_seq, seq, hash from audit_chain_head")
			.query((rs, n) -> new Head(rs.getInt("shard"), rs.getLong("shard_seq"), rs.getObject("seq", Long.class),
					rs.getString("hash")))
			.list()
			.stream()
			.collect(Collectors.toMap(Head::shard, (head) -> head));
		Map<Integer, Walk> walks = new TreeMap<>();
		for (int shard = 0; shard < AuditShards.COUNT; shard++) {
			walks.put(shard, new Walk(shard));
		}
		this.jdbc.sql("select * from audit_event order by shard, shard_seq").query((rs) -> {
			AuditEntry entry = this.log.map(rs, 0);
			walks.computeIfAbsent(entry.shard(), Walk::new).check(entry, rs.getInt("hash_format"));
		});
		List<ShardVerification> shards = new ArrayList<>();
		walks.values().forEach((walk) -> shards.add(walk.finish(heads.get(walk.shard))));
		return ChainVerification.of(shards);
	}

	private record Head(int shard, long shardSeq, Long seq, String hash) {
	}

	private final class Walk {

		final int shard;

		long checked;

		long lastShardSeq;

		Long lastSeq;

		String lastHash = ChainHash.GENESIS;

		boolean sharded;

		Long brokenSeq;

		String problem;

		Walk(int shard) {
			this.shard = shard;
		}

		void check(AuditEntry entry, int format) {
			if (this.problem != null) {
				return;
			}
			this.checked++;
			String found = problemWith(entry, format);
			if (found != null) {
				this.brokenSeq = entry.seq();
				this.problem = found;
				return;
			}
			this.sharded = (format == ChainHash.SHARDED);
			this.lastShardSeq = entry.shardSeq();
			this.lastSeq = entry.seq();
			this.lastHash = entry.hash();
		}

		private String problemWith(AuditEntry entry, int format) {
			if (this.shard < 0 || this.shard >= AuditShards.COUNT) {
				return "entry in a shard that does not exist (entry edited or inserted)";
			}
			if (entry.shardSeq() > this.lastShardSeq + 1) {
				return "place jumps from " + this.lastShardSeq + " to " + entry.shardSeq() + " (entries removed)";
			}
			if (entry.shardSeq() != this.lastShardSeq + 1) {
				return "place " + entry.shardSeq() + " comes again (entry inserted)";
			}
			if (!entry.prevHash().equals(this.lastHash)) {
				return "link to the previous entry does not match";
			}
			boolean legacyAllowed = this.shard == 0 && !this.sharded && entry.seq() == entry.shardSeq();
			if ((format != ChainHash.SHARDED && format != ChainHash.LEGACY)
					|| (format == ChainHash.LEGACY && !legacyAllowed)) {
				return "entry claims a hash format it cannot have (entry edited)";
			}
			if (!AuditChainVerifier.this.chainHash.of(entry, format).equals(entry.hash())) {
				return "entry content does not match its hash (entry edited)";
			}
			return null;
		}

		ShardVerification finish(Head head) {
			if (this.problem == null && head == null) {
				this.problem = "the shard has no head row (audit_chain_head edited)";
			}
			else if (this.problem == null
					&& (head.shardSeq() != this.lastShardSeq || !head.hash().equals(this.lastHash))) {
				this.brokenSeq = (head.seq() != null) ? head.seq() : this.lastSeq;
				this.problem = "the chain ends at place " + this.lastShardSeq + " but its head row says "
						+ head.shardSeq() + " (entries removed from the end, or the head row edited)";
			}
			if (this.problem != null) {
				return new ShardVerification(this.shard, false, this.checked, 0, null, null, this.brokenSeq,
						this.problem);
			}
			return new ShardVerification(this.shard, true, this.checked, this.lastShardSeq, this.lastSeq, this.lastHash,
					null, null);
		}

	}

}
