package gov.irs.secureaccess.accounts;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.accounts.username.Username;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.platform.crypto.PiiCipher;
import gov.irs.secureaccess.platform.crypto.SealedJson;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account store. SSN, email and phone are kept as keyed hashes for look-ups (one
 * account per person and per phone number) and the rest of the profile sealed (DATA-1).
 * Usernames are unique by their lower-case form and never change (REG-7), with one
 * exception the seeds make: when an e-Services account merges into a Secure Access
 * account, the merged account takes the e-Services username (REG-11,
 * {@link #adoptLegacyUsername}).
 */
@Service
public class Accounts {

	static final String PROFILE = "account.profile";

	static final String SITE_PHRASE = "account.site-phrase";

	static final String PHONE = "account.phone";

	private final JdbcClient jdbc;

	private final KeyedHash keyedHash;

	private final PiiCipher cipher;

	private final SealedJson sealedJson;

	private final Clock clock;

	Accounts(JdbcClient jdbc, KeyedHash keyedHash, PiiCipher cipher, SealedJson sealedJson, Clock clock) {
		this.jdbc = jdbc;
		this.keyedHash = keyedHash;
		this.cipher = cipher;
		this.sealedJson = sealedJson;
		this.clock = clock;
	}

	public static String canonicalUsername(String username) {
		return Username.canonicalOf(username.strip());
	}

	@Transactional(readOnly = true)
	public boolean isUsernameTaken(String username) {
		return exists("username_canonical", canonicalUsername(username));
	}

	@Transactional(readOnly = true)
	public boolean isPhoneTaken(String e164) {
		return exists("phone_hash", phoneHash(e164));
	}

	@Transactional(readOnly = true)
	public boolean isRegistered(Ssn ssn) {
		return exists("ssn_hash", ssnHash(ssn));
	}

	/**
	 * The account of this person, if there is one (one account per person); e.g. to merge
	 * into it (REG-11).
	 */
	@Transactional(readOnly = true)
	public Optional<Long> idBySsn(Ssn ssn) {
		return this.jdbc.sql("select id from account where ssn_hash = :hash")
			.param("hash", ssnHash(ssn))
			.query(Long.class)
			.optional();
	}

	/**
	 * Creates the account; its answers to secret questions are kept only as keyed hashes.
	 * Runs in a savepoint: when another registration takes the username, the person or
	 * the phone at the same moment, the insert's unique key refuses it and
	 * {@link AccountConflictException} says which, leaving the caller's transaction
	 * usable (the journey answers "already in use", never an error).
	 */
	@Transactional(propagation = Propagation.NESTED)
	public long create(NewAccount account) {
		return insert(account);
	}

	/**
	 * REG-6, REG-9: the account of this person that is still waiting on its mailed
	 * activation code and was made with {@code evidence} (for an online registration's
	 * mail path, {@code tax-record,financial}), if there is one. Whoever made it never
	 * came back with the letter; it must not keep the person from registering.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> waitingOnLetter(Ssn ssn, String evidence) {
		return this.jdbc.sql("""
				select id from account
				 where ssn_hash = :hash and status = 'AWAITING_ACTIVATION' and loa_evidence = :evidence""")
			.param("hash", ssnHash(ssn))
			.param("evidence", evidence)
			.query(Long.class)
			.optional();
	}

	/**
	 * As {@link #create}, after closing the person's account {@code waitingId} that waits
	 * on its mailed code (see {@link #waitingOnLetter}): it becomes CLOSED for good (no
	 * sign-in, activation or recovery takes a closed account) and lets go of the SSN,
	 * which it keeps only inside a marker, so the new account can be the person's one
	 * account. Both in one savepoint: if the new account cannot be made, the waiting one
	 * stays as it was.
	 * @throws AccountConflictException as {@link #create}, also when the waiting account
	 * is no longer waiting
	 */
	@Transactional(propagation = Propagation.NESTED)
	public long createClosingWaiting(NewAccount account, long waitingId) {
		int closed = this.jdbc.sql("""
				update account set status = 'CLOSED', ssn_hash = 'closed:' || id || ':' || ssn_hash
				 where id = :id and status = 'AWAITING_ACTIVATION' and ssn_hash = :hash""")
			.param("id", waitingId)
			.param("hash", ssnHash(account.ssn()))
			.update();
		if (closed != 1) {
			throw new AccountConflictException(AccountConflictException.Conflict.ALREADY_REGISTERED);
		}
		return insert(account);
	}

	private long insert(NewAccount account) {
		if (isRegistered(account.ssn())) {
			throw new AccountConflictException(AccountConflictException.Conflict.ALREADY_REGISTERED);
		}
		if (isUsernameTaken(account.username())) {
			throw new AccountConflictException(AccountConflictException.Conflict.USERNAME_TAKEN);
		}
		if (account.phoneE164() != null && isPhoneTaken(account.phoneE164())) {
			throw new AccountConflictException(AccountConflictException.Conflict.PHONE_TAKEN);
		}
		long id;
		try {
			id = this.jdbc
				.sql("""
						insert into account (username, username_canonical, ssn_hash, email_hash, profile_sealed, password_hash,
						    site_phrase_sealed, site_image, phone_hash, phone_sealed, status, loa, loa_evidence, created_at, activated_at)
						values (:username, :canonical, :ssnHash, :emailHash, :profile, :passwordHash, :sitePhrase, :siteImage,
						    :phoneHash, :phone, :status, :loa, :evidence, :now, :activatedAt)
						returning id
						""")
				.param("username", account.username().strip())
				.param("canonical", canonicalUsername(account.username()))
				.param("ssnHash", ssnHash(account.ssn()))
				.param("emailHash", emailHash(account.email()))
				.param("profile",
						this.sealedJson.seal(new AccountProfile(account.username().strip(), account.firstName(),
								account.lastName(), account.email(), account.dateOfBirth(), account.ssn().formatted()),
								PROFILE))
				.param("passwordHash", account.passwordHash())
				.param("sitePhrase", this.cipher.seal(account.sitePhrase(), SITE_PHRASE))
				.param("siteImage", account.siteImage())
				.param("phoneHash", (account.phoneE164() != null) ? phoneHash(account.phoneE164()) : null)
				.param("phone", this.cipher.seal(account.phoneE164(), PHONE))
				.param("status", account.status().name())
				.param("loa", account.loa())
				.param("evidence", account.loaEvidence())
				.param("now", Timestamp.from(this.clock.instant()))
				.param("activatedAt",
						(account.status() == AccountStatus.ACTIVE) ? Timestamp.from(this.clock.instant()) : null)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			// Two registrations raced for the same username, person or phone: the other
			// one won. Say which.
			throw new AccountConflictException(conflictOf(ex));
		}
		for (Map.Entry<String, String> answer : account.secretAnswers().entrySet()) {
			this.jdbc.sql("insert into account_secret_answer (account_id, question, answer_hash) values (:id, :q, :h)")
				.param("id", id)
				.param("q", answer.getKey())
				.param("h", this.keyedHash.of("account.secret-answer", id + ":" + normaliseAnswer(answer.getValue())))
				.update();
		}
		return id;
	}

	/**
	 * A staff account (AST-4): an IRS employee's, for the e-Help Desk or a Taxpayer
	 * Assistance Center, active at LOA-1 (it reaches no taxpayer data of its own), with
	 * no phone (staff never sign in by text) and no SSN: its SSN column holds a keyed
	 * hash of the username in a staff-only context, which never equals a person's SSN
	 * hash.
	 */
	@Transactional(propagation = Propagation.NESTED)
	public long createStaff(String username, String email, String firstName, String lastName, String passwordHash,
			String sitePhrase, String siteImage) {
		if (isUsernameTaken(username)) {
			throw new AccountConflictException(AccountConflictException.Conflict.USERNAME_TAKEN);
		}
		if (!SiteImages.isInGallery(siteImage)) {
			throw new IllegalArgumentException("site image must be one of the gallery");
		}
		try {
			return this.jdbc
				.sql("""
						insert into account (username, username_canonical, ssn_hash, email_hash, profile_sealed, password_hash,
						    site_phrase_sealed, site_image, status, loa, loa_evidence, created_at, activated_at)
						values (:username, :canonical, :ssnHash, :emailHash, :profile, :passwordHash, :sitePhrase, :siteImage,
						    'ACTIVE', 1, 'staff', :now, :now)
						returning id
						""")
				.param("username", username.strip())
				.param("canonical", canonicalUsername(username))
				.param("ssnHash", this.keyedHash.of("account.staff", canonicalUsername(username)))
				.param("emailHash", emailHash(email))
				.param("profile",
						this.sealedJson.seal(
								new AccountProfile(username.strip(), firstName, lastName, email, null, null), PROFILE))
				.param("passwordHash", passwordHash)
				.param("sitePhrase", this.cipher.seal(sitePhrase, SITE_PHRASE))
				.param("siteImage", siteImage)
				.param("now", Timestamp.from(this.clock.instant()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new AccountConflictException(AccountConflictException.Conflict.USERNAME_TAKEN);
		}
	}

	@Transactional(readOnly = true)
	public Optional<AccountLogin> findLogin(String username) {
		return this.jdbc.sql("select * from account where username_canonical = :canonical")
			.param("canonical", canonicalUsername(username))
			.query((rs, n) -> {
				AccountProfile profile = this.sealedJson.open(rs.getString("profile_sealed"), PROFILE,
						AccountProfile.class);
				return new AccountLogin(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
						AccountStatus.valueOf(rs.getString("status")),
						this.cipher.open(rs.getString("site_phrase_sealed"), SITE_PHRASE), rs.getString("site_image"),
						profile.email(), profile.firstName(), this.cipher.open(rs.getString("phone_sealed"), PHONE),
						rs.getInt("loa"));
			})
			.optional();
	}

	/** The sealed profile of an account: who it belongs to. */
	@Transactional(readOnly = true)
	public AccountProfile profile(long accountId) {
		return this.jdbc.sql("select profile_sealed from account where id = :id")
			.param("id", accountId)
			.query((rs, n) -> this.sealedJson.open(rs.getString("profile_sealed"), PROFILE, AccountProfile.class))
			.single();
	}

	/**
	 * The mail path's end (REG-6): the phone is registered and the account becomes active
	 * at LOA-3. The evidence of the activation ({@code mail,sms}) is added to what the
	 * account was created with, so an account the e-Help Desk or a Taxpayer Assistance
	 * Center proofed keeps saying so ({@code in-person,tac,mail,sms}, AST-2, AST-5). In a
	 * savepoint, like {@link #create}: a phone taken meanwhile is an
	 * {@link AccountConflictException}, not a broken transaction.
	 */
	@Transactional(propagation = Propagation.NESTED)
	public void activate(long accountId, String phoneE164, String activationEvidence) {
		if (isPhoneTaken(phoneE164)) {
			throw new AccountConflictException(AccountConflictException.Conflict.PHONE_TAKEN);
		}
		try {
			this.jdbc.sql("""
					update account set phone_hash = :phoneHash, phone_sealed = :phone, status = 'ACTIVE', loa = 3,
					       loa_evidence = loa_evidence || ',' || :evidence, activated_at = :now
					 where id = :id and status = 'AWAITING_ACTIVATION'
					""")
				.param("phoneHash", phoneHash(phoneE164))
				.param("phone", this.cipher.seal(phoneE164, PHONE))
				.param("evidence", activationEvidence)
				.param("now", Timestamp.from(this.clock.instant()))
				.param("id", accountId)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new AccountConflictException(conflictOf(ex));
		}
	}

	/**
	 * The mail path's end with an authenticator app instead of a phone (REG-6, APP-2):
	 * the account becomes active at LOA-3 with no phone; it signs in with its app. The
	 * caller confirms the app in the same transaction. As with {@link #activate}, the
	 * evidence ({@code mail,app}) is added to the account's own.
	 */
	@Transactional
	public void activateWithoutPhone(long accountId, String activationEvidence) {
		this.jdbc.sql("""
				update account set status = 'ACTIVE', loa = 3, loa_evidence = loa_evidence || ',' || :evidence,
				       activated_at = :now
				 where id = :id and status = 'AWAITING_ACTIVATION'
				""")
			.param("evidence", activationEvidence)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", accountId)
			.update();
	}

	/**
	 * How the account reached its level: the evidence, comma-separated (e.g.
	 * {@code tax-record,financial,sms}).
	 */
	@Transactional(readOnly = true)
	public String loaEvidence(long accountId) {
		return this.jdbc.sql("select loa_evidence from account where id = :id")
			.param("id", accountId)
			.query(String.class)
			.optional()
			.orElse("");
	}

	/**
	 * Step-up (FED-4): the account proved more (e.g. a financial account) and reaches
	 * {@code loa} with this evidence. Never lowers a level; answers whether the account
	 * changed.
	 */
	@Transactional
	public boolean raiseLevel(long accountId, int loa, String loaEvidence) {
		if (loa < 1 || loa > 3) {
			throw new IllegalArgumentException("loa must be 1 to 3");
		}
		return this.jdbc.sql("update account set loa = :loa, loa_evidence = :evidence where id = :id and loa <= :loa")
			.param("loa", loa)
			.param("evidence", loaEvidence)
			.param("id", accountId)
			.update() == 1;
	}

	/**
	 * REG-12: the account's phone becomes {@code newE164}, once the new number is
	 * verified. One update of the row replaces the old number's hash with the new one, so
	 * the old number is released in the same instant and never before; the unique
	 * {@code phone_hash} keeps one account per number throughout. If another account
	 * holds the new number (or took it meanwhile), nothing changes and
	 * {@link AccountConflictException} says so. It runs in a savepoint, so a lost race
	 * leaves the caller's transaction usable.
	 */
	@Transactional(propagation = Propagation.NESTED)
	public void replacePhone(long accountId, String newE164) {
		if (isPhoneTaken(newE164)) {
			throw new AccountConflictException(AccountConflictException.Conflict.PHONE_TAKEN);
		}
		int updated;
		try {
			updated = this.jdbc.sql("update account set phone_hash = :phoneHash, phone_sealed = :phone where id = :id")
				.param("phoneHash", phoneHash(newE164))
				.param("phone", this.cipher.seal(newE164, PHONE))
				.param("id", accountId)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new AccountConflictException(conflictOf(ex));
		}
		if (updated != 1) {
			throw new IllegalStateException("No account " + accountId);
		}
	}

	/**
	 * Accounts whose email (compared case-insensitively) is this one; usually none or one
	 * (SIGN-7).
	 */
	@Transactional(readOnly = true)
	public List<Long> idsByEmail(String email) {
		return this.jdbc.sql("select id from account where email_hash = :hash order by id")
			.param("hash", emailHash(email))
			.query(Long.class)
			.list();
	}

	/**
	 * The account's username, for another capability that keeps only the account's id (an
	 * officer's, AST-3).
	 */
	@Transactional(readOnly = true)
	public Optional<String> username(long accountId) {
		return this.jdbc.sql("select username from account where id = :id")
			.param("id", accountId)
			.query(String.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<AccountLogin> findLogin(long accountId) {
		return this.jdbc.sql("select username from account where id = :id")
			.param("id", accountId)
			.query(String.class)
			.optional()
			.flatMap(this::findLogin);
	}

	/**
	 * REG-11, and only for it: the account merges with its owner's legacy e-Services
	 * account and takes its e-Services username (the seeds: "you will login using your
	 * e-Services user name and retain your Secure Access password"). The caller has
	 * verified the legacy password and the Secure Access password and second factor, and
	 * deletes the legacy account in the same transaction. Runs in a savepoint: a username
	 * taken meanwhile changes nothing and throws {@link AccountConflictException}.
	 * @return the username the account had before
	 */
	@Transactional(propagation = Propagation.NESTED)
	public String adoptLegacyUsername(long accountId, String legacyUsername) {
		AccountProfile profile = profile(accountId);
		String username = legacyUsername.strip();
		if (!canonicalUsername(username).equals(canonicalUsername(profile.username())) && isUsernameTaken(username)) {
			throw new AccountConflictException(AccountConflictException.Conflict.USERNAME_TAKEN);
		}
		AccountProfile renamed = new AccountProfile(username, profile.firstName(), profile.lastName(), profile.email(),
				profile.dateOfBirth(), profile.ssn());
		try {
			this.jdbc.sql("""
					update account set username = :username, username_canonical = :canonical, profile_sealed = :profile
					 where id = :id""")
				.param("username", username)
				.param("canonical", canonicalUsername(username))
				.param("profile", this.sealedJson.seal(renamed, PROFILE))
				.param("id", accountId)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new AccountConflictException(conflictOf(ex));
		}
		return profile.username();
	}

	/**
	 * Stores a new password hash (PW-3): a change from the profile or a reset by
	 * recovery.
	 */
	@Transactional
	public void updatePasswordHash(long accountId, String passwordHash) {
		this.jdbc.sql("update account set password_hash = :hash where id = :id")
			.param("hash", passwordHash)
			.param("id", accountId)
			.update();
	}

	/** A new site phrase and image (REG-7, SIGN-4), shown from the next sign-in on. */
	@Transactional
	public void updateSite(long accountId, String sitePhrase, String siteImage) {
		if (!SiteImages.isInGallery(siteImage)) {
			throw new IllegalArgumentException("site image must be one of the gallery");
		}
		this.jdbc.sql("update account set site_phrase_sealed = :phrase, site_image = :image where id = :id")
			.param("phrase", this.cipher.seal(sitePhrase, SITE_PHRASE))
			.param("image", siteImage)
			.param("id", accountId)
			.update();
	}

	/** The secret questions an account chose (mail path, SIGN-7), by id. */
	@Transactional(readOnly = true)
	public List<String> secretQuestions(long accountId) {
		return this.jdbc.sql("select question from account_secret_answer where account_id = :id order by question")
			.param("id", accountId)
			.query(String.class)
			.list();
	}

	/**
	 * Whether an answer is the one given at registration (normalised: case, spaces,
	 * Unicode form).
	 */
	@Transactional(readOnly = true)
	public boolean secretAnswerMatches(long accountId, String question, String answer) {
		return this.jdbc.sql("select answer_hash from account_secret_answer where account_id = :id and question = :q")
			.param("id", accountId)
			.param("q", question)
			.query(String.class)
			.optional()
			.map((stored) -> this.keyedHash.matches("account.secret-answer", accountId + ":" + normaliseAnswer(answer),
					stored))
			.orElse(false);
	}

	/**
	 * Which unique constraint a racing insert or update ran into (PostgreSQL names them
	 * table_column_key).
	 */
	static AccountConflictException.Conflict conflictOf(DuplicateKeyException ex) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage());
		if (message.contains("ssn_hash")) {
			return AccountConflictException.Conflict.ALREADY_REGISTERED;
		}
		if (message.contains("phone_hash")) {
			return AccountConflictException.Conflict.PHONE_TAKEN;
		}
		return AccountConflictException.Conflict.USERNAME_TAKEN;
	}

	private boolean exists(String column, String value) {
		return this.jdbc.sql("select exists (select 1 from account where " + column + " = :value)")
			.param("value", value)
			.query(Boolean.class)
			.single();
	}

	private String ssnHash(Ssn ssn) {
		return this.keyedHash.of("account.ssn", ssn.formatted());
	}

	private String emailHash(String email) {
		return this.keyedHash.of("account.email", email.strip().toLowerCase(Locale.ROOT));
	}

	private String phoneHash(String e164) {
		return this.keyedHash.of("account.phone", e164);
	}

	static String normaliseAnswer(String answer) {
		return Normalizer.normalize(answer, Normalizer.Form.NFKC)
			.strip()
			.replaceAll("\\s+", " ")
			.toLowerCase(Locale.ROOT);
	}

}
