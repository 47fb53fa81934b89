package gov.irs.secureaccess.accounts.legacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.platform.crypto.SealedJson;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The store of legacy e-Services accounts (REG-10, REG-11, AST-1). The SSN is kept as a
 * keyed hash in the same key context as {@code account.ssn_hash}, so a legacy account and
 * a Secure Access account of the same person can be found from either side; name, SSN and
 * email are sealed (DATA-1). A row is {@link #remove removed} once its owner has moved to
 * Secure Access, and the legacy password hash with it.
 */
@Service
public class LegacyAccounts {

	static final String PROFILE = "legacy-account.profile";

	/**
	 * Stored for a lock that only the e-Help Desk lifts (the ceiling of consecutive
	 * failures, SIGN-5).
	 */
	static final Instant LOCKED_FOR_GOOD = Instant.parse("9999-12-31T00:00:00Z");

	private final JdbcClient jdbc;

	private final KeyedHash keyedHash;

	private final SealedJson sealedJson;

	private final Clock clock;

	LegacyAccounts(JdbcClient jdbc, KeyedHash keyedHash, SealedJson sealedJson, Clock clock) {
		this.jdbc = jdbc;
		this.keyedHash = keyedHash;
		this.sealedJson = sealedJson;
		this.clock = clock;
	}

	/**
	 * Stores one imported account and returns its id; a username or SSN already imported
	 * is refused.
	 */
	@Transactional
	public long add(LegacyAccount account) {
		return this.jdbc
			.sql("""
					insert into legacy_account (username, username_canonical, ssn_hash, password_hash, profile_sealed, imported_at)
					values (:username, :canonical, :ssnHash, :passwordHash, :profile, :now)
					returning id
					""")
			.param("username", account.username().strip())
			.param("canonical", Accounts.canonicalUsername(account.username()))
			.param("ssnHash", ssnHash(account.ssn()))
			.param("passwordHash", account.passwordHash())
			.param("profile",
					this.sealedJson.seal(new Profile(account.firstName(), account.lastName(), account.ssn().formatted(),
							account.email()), PROFILE))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<LegacyAccount> findByUsername(String username) {
		return this.jdbc.sql("select * from legacy_account where username_canonical = :canonical")
			.param("canonical", Accounts.canonicalUsername(username))
			.query(this::map)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<LegacyAccount> findBySsn(Ssn ssn) {
		return this.jdbc.sql("select * from legacy_account where ssn_hash = :hash")
			.param("hash", ssnHash(ssn))
			.query(this::map)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<LegacyAccount> findById(long id) {
		return this.jdbc.sql("select * from legacy_account where id = :id").param("id", id).query(this::map).optional();
	}

	/**
	 * When the account came in from the old system (shown in the merged account's
	 * history, REG-11).
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> importedAt(long id) {
		return this.jdbc.sql("select imported_at from legacy_account where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getTimestamp("imported_at").toInstant())
			.optional();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.jdbc.sql("select count(*) from legacy_account").query(Long.class).single();
	}

	/**
	 * REG-7: a legacy username is kept when its owner moves, so no one else may take it
	 * meanwhile.
	 */
	@Transactional(readOnly = true)
	public boolean isUsernameTaken(String username) {
		return this.jdbc.sql("select exists (select 1 from legacy_account where username_canonical = :canonical)")
			.param("canonical", Accounts.canonicalUsername(username))
			.query(Boolean.class)
			.single();
	}

	/**
	 * SIGN-5 for legacy passwords: how long the account stays locked from now, if it is.
	 */
	@Transactional(readOnly = true)
	public Optional<Duration> lockedFor(long id) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select locked_until from legacy_account where id = :id")
			.param("id", id)
			.query((rs, n) -> Optional.ofNullable(rs.getTimestamp("locked_until")))
			.optional()
			.flatMap((until) -> until)
			.filter((until) -> until.toInstant().isAfter(now))
			.map((until) -> Duration.between(now, until.toInstant()));
	}

	/**
	 * Counts a failed legacy password, in its own transaction so it stays counted
	 * whatever else rolls back: every {@code threshold} consecutive failures lock for
	 * {@code lock}; at {@code ceiling} the lock has no end (the e-Help Desk moves such an
	 * account, AST-1). Returns the lock, if any.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Duration> recordFailure(long id, int threshold, Duration lock, int ceiling) {
		Instant now = this.clock.instant();
		Integer failures = this.jdbc.sql("""
				update legacy_account set consecutive_failures = consecutive_failures + 1 where id = :id
				returning consecutive_failures""").param("id", id).query(Integer.class).optional().orElse(null);
		if (failures == null) {
			return Optional.empty();
		}
		Instant until = null;
		if (failures >= ceiling) {
			until = LOCKED_FOR_GOOD;
		}
		else if (failures % threshold == 0) {
			until = now.plus(lock);
		}
		if (until == null) {
			return Optional.empty();
		}
		this.jdbc.sql("update legacy_account set locked_until = :until where id = :id")
			.param("until", Timestamp.from(until))
			.param("id", id)
			.update();
		return Optional.of(Duration.between(now, until));
	}

	/** A right legacy password ends the run of failures. */
	@Transactional
	public void recordSuccess(long id) {
		this.jdbc.sql("update legacy_account set consecutive_failures = 0, locked_until = null where id = :id")
			.param("id", id)
			.update();
	}

	@Transactional(readOnly = true)
	public int consecutiveFailures(long id) {
		return this.jdbc.sql("select consecutive_failures from legacy_account where id = :id")
			.param("id", id)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * The journey that moves this account to Secure Access, if one was started (REG-10:
	 * resumable).
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> migrationJourney(long id) {
		return this.jdbc.sql("select migration_journey from legacy_account where id = :id")
			.param("id", id)
			.query((rs, n) -> Optional.ofNullable(rs.getObject("migration_journey", UUID.class)))
			.optional()
			.flatMap((journey) -> journey);
	}

	@Transactional
	public void rememberMigrationJourney(long id, UUID journey) {
		this.jdbc.sql("update legacy_account set migration_journey = :journey where id = :id")
			.param("journey", journey)
			.param("id", id)
			.update();
	}

	/**
	 * The owner has moved to Secure Access: the legacy row and its password hash are
	 * deleted.
	 */
	@Transactional
	public boolean remove(long id) {
		return this.jdbc.sql("delete from legacy_account where id = :id").param("id", id).update() == 1;
	}

	private LegacyAccount map(ResultSet rs, int row) throws SQLException {
		Profile profile = this.sealedJson.open(rs.getString("profile_sealed"), PROFILE, Profile.class);
		return new LegacyAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				profile.firstName(), profile.lastName(), Ssn.parse(profile.ssn()), profile.email());
	}

	private String ssnHash(Ssn ssn) {
		// The same context as Accounts' SSN hash: one person, one hash, on both sides of
		// the move.
		return this.keyedHash.of("account.ssn", ssn.formatted());
	}

	record Profile(String firstName, String lastName, String ssn, String email) {
	}

}
