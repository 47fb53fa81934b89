package gov.irs.secureaccess.audit;

/**
 * The audit log is {@link #COUNT} hash chains (DATA-4). An event goes to the shard of its
 * subject (its actor when it has none), so one account's events usually share a chain;
 * appends to different shards never wait for each other. The verifier does not recompute
 * this choice (every entry's hash binds its shard), so it could change without breaking
 * anything recorded.
 */
final class AuditShards {

	/** As many as {@code audit_chain_head} has rows (migration V80). */
	static final int COUNT = 16;

	private AuditShards() {
	}

	/**
	 * The shard for an event about this subject (or by this actor, when there is no
	 * subject).
	 */
	static int of(String subjectOrActor) {
		// String.hashCode is specified by the language, so every node and version picks
		// the same shard.
		return Math.floorMod(subjectOrActor.hashCode(), COUNT);
	}

	static int of(AuditEvent event) {
		return of((event.subject() != null) ? event.subject() : event.actor());
	}

}
