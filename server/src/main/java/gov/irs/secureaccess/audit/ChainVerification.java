package gov.irs.secureaccess.audit;

import java.util.Comparator;
import java.util.List;

/**
 * The result of walking every shard's audit chain.
 *
 * @param intact true when every shard is intact
 * @param entriesChecked how many entries were read, in all shards
 * @param headSeq the newest entry's sequence number (0 when the log is empty or broken)
 * @param headHash the newest entry's hash (null when broken); to notice a cut-off tail,
 * anchor every shard's head
 * @param firstBrokenSeq the lowest sequence number among the shards' first failing
 * entries, or null
 * @param problem what is wrong there (naming its shard), or null
 * @param shards each shard's own result, in shard order
 */
public record ChainVerification(boolean intact, long entriesChecked, long headSeq, String headHash, Long firstBrokenSeq,
		String problem, List<ShardVerification> shards) {

	public ChainVerification {
		shards = List.copyOf(shards);
	}

	static ChainVerification of(List<ShardVerification> shards) {
		long checked = shards.stream().mapToLong(ShardVerification::entriesChecked).sum();
		ShardVerification firstBroken = shards.stream()
			.filter((shard) -> !shard.intact())
			.min(Comparator.comparing(ShardVerification::firstBrokenSeq,
					Comparator.nullsLast(Comparator.naturalOrder())))
			.orElse(null);
		if (firstBroken != null) {
			return new ChainVerification(false, checked, 0, null, firstBroken.firstBrokenSeq(),
					"shard " + firstBroken.shard() + ": " + firstBroken.problem(), shards);
		}
		ShardVerification newest = shards.stream()
			.filter((shard) -> shard.headSeq() != null)
			.max(Comparator.comparing(ShardVerification::headSeq))
			.orElse(null);
		return (newest != null)
				? new ChainVerification(true, checked, newest.headSeq(), newest.headHash(), null, null, shards)
				: new ChainVerification(true, checked, 0, ChainHash.GENESIS, null, null, shards);
	}

	/**
	 * One shard's chain.
	 *
	 * @param shard which one
	 * @param intact true when every entry's hash and link check out, no place is missing
	 * and the chain ends where the shard's head row says
	 * @param entriesChecked how many of its entries were read
	 * @param headShardSeq the last place in the chain (0 when empty): anchor it with
	 * {@code headHash}
	 * @param headSeq the last entry's sequence number, or null when the shard is empty
	 * @param headHash the last entry's hash (the genesis when empty)
	 * @param firstBrokenSeq the first entry that fails, or null
	 * @param problem what is wrong with it, or null
	 */
	public record ShardVerification(int shard, boolean intact, long entriesChecked, long headShardSeq, Long headSeq,
			String headHash, Long firstBrokenSeq, String problem) {

	}

}
