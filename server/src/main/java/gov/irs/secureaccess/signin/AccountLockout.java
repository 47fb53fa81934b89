package gov.irs.secureaccess.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consecutive sign-in failures per account, in the database so every node counts them
 * (SIGN-5). Every {@code lockoutThreshold} failures lock the account for
 * {@code lockoutDuration}; at {@code maxConsecutiveFailures} it stays locked until the
 * password is reset. A success resets the count.
 */
@Service
public class AccountLockout {

	/** Stored for a lock that only a password reset lifts. */
	static final Instant UNTIL_RESET = Instant.parse("9999-12-31T00:00:00Z");

	private final JdbcClient jdbc;

	private final SigninProperties properties;

	private final Clock clock;

	AccountLockout(JdbcClient jdbc, SigninProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** How long the account stays locked from now, if it is. */
	@Transactional(readOnly = true)
	public Optional<Duration> lockedFor(long accountId) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select locked_until from account_signin_state where account_id = :id")
			.param("id", accountId)
			.query((rs, n) -> rs.getTimestamp("locked_until"))
			.optional()
			.filter((until) -> until != null && until.toInstant().isAfter(now))
			.map((until) -> Duration.between(now, until.toInstant()));
	}

	/**
	 * Counts a failure, in its own transaction so it stays counted whatever else rolls
	 * back; returns the lock, if any.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Duration> recordFailure(long accountId) {
		Instant now = this.clock.instant();
		int failures = this.jdbc
			.sql("""
					insert into account_signin_state (account_id, consecutive_failures, last_failure_at) values (:id, 1, :now)
					on conflict (account_id) do update set consecutive_failures = account_signin_state.consecutive_failures + 1,
					    last_failure_at = :now
					returning consecutive_failures
					""")
			.param("id", accountId)
			.param("now", Timestamp.from(now))
			.query(Integer.class)
			.single();
		Instant until = null;
		if (failures >= this.properties.maxConsecutiveFailures()) {
			until = UNTIL_RESET;
		}
		else if (failures % this.properties.lockoutThreshold() == 0) {
			until = now.plus(this.properties.lockoutDuration());
		}
		if (until == null) {
			return Optional.empty();
		}
		this.jdbc.sql("update account_signin_state set locked_until = :until where account_id = :id")
			.param("until", Timestamp.from(until))
			.param("id", accountId)
			.update();
		return Optional.of(Duration.between(now, until));
	}

	@Transactional
	public void recordSuccess(long accountId) {
		this.jdbc
			.sql("""
					insert into account_signin_state (account_id, consecutive_failures, last_success_at) values (:id, 0, :now)
					on conflict (account_id) do update set consecutive_failures = 0, locked_until = null, last_success_at = :now
					""")
			.param("id", accountId)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** A password reset lifts any lock, the one at the ceiling included. */
	@Transactional
	public void clear(long accountId) {
		this.jdbc
			.sql("update account_signin_state set consecutive_failures = 0, locked_until = null where account_id = :id")
			.param("id", accountId)
			.update();
	}

	@Transactional(readOnly = true)
	public int consecutiveFailures(long accountId) {
		return this.jdbc.sql("select consecutive_failures from account_signin_state where account_id = :id")
			.param("id", accountId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

}
