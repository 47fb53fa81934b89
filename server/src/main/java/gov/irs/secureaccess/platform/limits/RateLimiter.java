package gov.irs.secureaccess.platform.limits;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import gov.irs.secureaccess.platform.crypto.KeyedHash;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One rate limiter for every capability, kept in PostgreSQL so all nodes share the
 * counts. Fixed windows, counted with one atomic upsert per hit. Keys (an email, an
 * address, an account) are stored only as keyed hashes.
 */
@Service
public class RateLimiter {

	private final JdbcClient jdbc;

	private final KeyedHash keyedHash;

	private final RateLimitSettings settings;

	private final Clock clock;

	RateLimiter(JdbcClient jdbc, KeyedHash keyedHash, RateLimitSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.keyedHash = keyedHash;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Counts one hit for {@code key} under {@code limit} and says whether it is within
	 * the limit.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public RateLimitDecision hit(RateLimit declared, String key) {
		RateLimit limit = this.settings.resolve(declared);
		Instant now = this.clock.instant();
		Bucket bucket = this.jdbc.sql("""
				insert into rate_limit_bucket (bucket, window_start, hits) values (:bucket, :now, 1)
				on conflict (bucket) do update set
				    hits = case when rate_limit_bucket.window_start <= :windowOpened then 1
				                else rate_limit_bucket.hits + 1 end,
				    window_start = case when rate_limit_bucket.window_start <= :windowOpened then excluded.window_start
				                        else rate_limit_bucket.window_start end
				returning hits, window_start
				""")
			.param("bucket", bucket(limit, key))
			.param("now", Timestamp.from(now))
			.param("windowOpened", Timestamp.from(now.minus(limit.window())))
			.query((rs, row) -> new Bucket(rs.getInt("hits"), rs.getTimestamp("window_start").toInstant()))
			.single();
		return decide(limit, bucket, now);
	}

	/**
	 * Whether one more hit would still be within the limit, without counting it: a check
	 * made before the work that the limit guards (the hit is counted after, on failure).
	 * So {@code maxHits} hits are let through and the next one is refused, as with
	 * {@link #hit}; {@code remaining} is what is left before this next hit.
	 */
	@Transactional(readOnly = true)
	public RateLimitDecision peek(RateLimit declared, String key) {
		RateLimit limit = this.settings.resolve(declared);
		Instant now = this.clock.instant();
		return this.jdbc.sql(
				"select hits, window_start from rate_limit_bucket where bucket = :bucket and window_start > :windowOpened")
			.param("bucket", bucket(limit, key))
			.param("windowOpened", Timestamp.from(now.minus(limit.window())))
			.query((rs, row) -> new Bucket(rs.getInt("hits"), rs.getTimestamp("window_start").toInstant()))
			.optional()
			.map((bucket) -> {
				boolean another = bucket.hits() < limit.maxHits();
				Duration retryAfter = Duration.between(now, bucket.windowStart().plus(limit.window()));
				return new RateLimitDecision(another, Math.max(0, limit.maxHits() - bucket.hits()),
						another ? Duration.ZERO : retryAfter);
			})
			.orElseGet(() -> new RateLimitDecision(true, limit.maxHits(), Duration.ZERO));
	}

	/** Forgets the hits of a key, e.g. after a successful sign-in. */
	@Transactional
	public void reset(RateLimit declared, String key) {
		this.jdbc.sql("delete from rate_limit_bucket where bucket = :bucket")
			.param("bucket", bucket(declared, key))
			.update();
	}

	@Scheduled(fixedDelayString = "${secure-access.rate-limit-purge-interval:PT1H}", initialDelayString = "PT10M")
	@Transactional
	public void purgeStale() {
		this.jdbc.sql("delete from rate_limit_bucket where window_start < :cutoff")
			.param("cutoff", Timestamp.from(this.clock.instant().minus(RateLimit.MAX_WINDOW)))
			.update();
	}

	private String bucket(RateLimit limit, String key) {
		return limit.name() + ":" + this.keyedHash.of("rate-limit." + limit.name(), key);
	}

	private static RateLimitDecision decide(RateLimit limit, Bucket bucket, Instant now) {
		Duration retryAfter = Duration.between(now, bucket.windowStart().plus(limit.window()));
		boolean allowed = bucket.hits() <= limit.maxHits();
		return new RateLimitDecision(allowed, Math.max(0, limit.maxHits() - bucket.hits()),
				allowed ? Duration.ZERO : retryAfter);
	}

	private record Bucket(int hits, Instant windowStart) {
	}

}
