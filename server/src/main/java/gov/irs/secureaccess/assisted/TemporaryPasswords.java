package gov.irs.secureaccess.assisted;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.signin.SigninCompletion;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temporary passwords (AST-2; new staff accounts): issued by an assistor or an operator,
 * read to the person once, never stored but as the account's Argon2id hash. While the
 * account's password hash is still the one issued, a sign-in with it is held at
 * {@value #CHANGE_PAGE} (as a {@link SigninCompletion}) until a new password meeting PW-*
 * replaces it: the temporary password alone reaches no other page. Any change of password
 * (that page, the profile, recovery) ends it, because the hashes then differ.
 */
@Service
@Order(10)
public class TemporaryPasswords implements SigninCompletion {

	public static final String CHANGE_PAGE = "/sign-in/new-password";

	/**
	 * Read over the phone: no 0/O, 1/I/L; four groups of four, e.g.
	 * {@code K7QM-4TZP-WX2C-9HRA}.
	 */
	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	TemporaryPasswords(JdbcClient jdbc, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * A new temporary password: 16 random characters of 31 (about 79 bits), in four
	 * groups.
	 */
	public String draw() {
		StringBuilder password = new StringBuilder(19);
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/** Notes that {@code passwordHash}, now the account's password, is temporary. */
	@Transactional
	public void issued(long accountId, String passwordHash, String issuedBy) {
		this.jdbc.sql("""
				insert into temporary_password (account_id, password_hash, issued_by, issued_at)
				values (:id, :hash, :by, :now)
				on conflict (account_id) do update set password_hash = excluded.password_hash,
				    issued_by = excluded.issued_by, issued_at = excluded.issued_at
				""")
			.param("id", accountId)
			.param("hash", passwordHash)
			.param("by", issuedBy)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** Whether the account's password is still the temporary one issued. */
	@Transactional(readOnly = true)
	public boolean mustChange(long accountId) {
		Optional<String> issued = this.jdbc.sql("select password_hash from temporary_password where account_id = :id")
			.param("id", accountId)
			.query(String.class)
			.optional();
		return issued.isPresent() && this.accounts.findLogin(accountId)
			.map((login) -> login.passwordHash().equals(issued.get()))
			.orElse(false);
	}

	/** The temporary password has been replaced. */
	@Transactional
	public void changed(long accountId) {
		this.jdbc.sql("delete from temporary_password where account_id = :id").param("id", accountId).update();
	}

	@Override
	public Optional<String> holdAt(long accountId) {
		return mustChange(accountId) ? Optional.of(CHANGE_PAGE) : Optional.empty();
	}

}
