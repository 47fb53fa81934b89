package gov.irs.secureaccess.audit;

/**
 * The result of walking the audit chain.
 *
 * @param intact true when every entry's hash and link check out and no sequence number is missing
 * @param entriesChecked how many entries were read
 * @param headSeq the last sequence number (anchor it elsewhere to notice a cut-off tail)
 * @param headHash the last entry's hash
 * @param firstBrokenSeq the first entry that fails, or null
 * @param problem what is wrong with it, or null
 */
public record ChainVerification(boolean intact, long entriesChecked, long headSeq, String headHash,
		Long firstBrokenSeq, String problem) {

	static ChainVerification ok(long checked, long headSeq, String headHash) {
		return new ChainVerification(true, checked, headSeq, headHash, null, null);
	}

	static ChainVerification broken(long checked, long seq, String problem) {
		return new ChainVerification(false, checked, 0, null, seq, problem);
	}

}
