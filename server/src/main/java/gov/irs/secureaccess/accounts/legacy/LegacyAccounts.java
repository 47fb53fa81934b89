package gov.irs.secureaccess.accounts.legacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.platform.crypto.SealedJson;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The store of legacy e-Services accounts (REG-10, REG-11, AST-1). The SSN is kept as a keyed hash in the same key
 * context as {@code account.ssn_hash}, so a legacy account and a Secure Access account of the same person can be
 * found from either side; name, SSN and email are sealed (DATA-1). A row is {@link #remove removed} once its owner
 * has moved to Secure Access, and the legacy password hash with it.
 */
@Service
public class LegacyAccounts {

	static final String PROFILE = "legacy-account.profile";

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

	/** Stores one imported account and returns its id; a username or SSN already imported is refused. */
	@Transactional
	public long add(LegacyAccount account) {
		return this.jdbc.sql("""
				insert into legacy_account (username, username_canonical, ssn_hash, password_hash, profile_sealed, imported_at)
				values (:username, :canonical, :ssnHash, :passwordHash, :profile, :now)
				returning id
				""")
			.param("username", account.username().strip())
			.param("canonical", Accounts.canonicalUsername(account.username()))
			.param("ssnHash", ssnHash(account.ssn()))
			.param("passwordHash", account.passwordHash())
			.param("profile", this.sealedJson.seal(new Profile(account.firstName(), account.lastName(),
					account.ssn().formatted(), account.email()), PROFILE))
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

	@Transactional(readOnly = true)
	public long count() {
		return this.jdbc.sql("select count(*) from legacy_account").query(Long.class).single();
	}

	/** The owner has moved to Secure Access: the legacy row and its password hash are deleted. */
	@Transactional
	public boolean remove(long id) {
		return this.jdbc.sql("delete from legacy_account where id = :id").param("id", id).update() == 1;
	}

	private LegacyAccount map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Profile profile = this.sealedJson.open(rs.getString("profile_sealed"), PROFILE, Profile.class);
		return new LegacyAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				profile.firstName(), profile.lastName(), Ssn.parse(profile.ssn()), profile.email());
	}

	private String ssnHash(Ssn ssn) {
		// The same context as Accounts' SSN hash: one person, one hash, on both sides of the move.
		return this.keyedHash.of("account.ssn", ssn.formatted());
	}

	record Profile(String firstName, String lastName, String ssn, String email) {
	}

}
