package gov.irs.secureaccess.assisted;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.platform.crypto.PiiCipher;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The store of in-person identity checks (AST-3). The person is found by the keyed hash
 * of the SSN (DATA-1); the last 4 characters of each document number are sealed, and
 * nothing longer is ever accepted. A check lets the e-Help Desk create the account
 * without questions for {@link #VALID_FOR} after it was recorded, once.
 */
@Service
public class InPersonChecks {

	public static final Duration VALID_FOR = Duration.ofDays(30);

	static final String LAST4 = "in-person-check.last4";

	private final JdbcClient jdbc;

	private final KeyedHash keyedHash;

	private final PiiCipher cipher;

	private final Clock clock;

	private final Accounts accounts;

	InPersonChecks(JdbcClient jdbc, KeyedHash keyedHash, PiiCipher cipher, Clock clock, Accounts accounts) {
		this.jdbc = jdbc;
		this.keyedHash = keyedHash;
		this.cipher = cipher;
		this.clock = clock;
		this.accounts = accounts;
	}

	/**
	 * Whether a value may be stored as the last characters of a document number: exactly
	 * 4 letters or digits.
	 */
	public static boolean isLast4(String value) {
		return value != null && value.matches("[A-Za-z0-9]{4}");
	}

	@Transactional
	public long record(Ssn ssn, IdType firstType, String firstLast4, IdType secondType, String secondLast4,
			String office, long officerAccountId, String caseNumber) {
		if (firstType == secondType) {
			throw new IllegalArgumentException("two different forms of identification are needed");
		}
		if (!isLast4(firstLast4) || !isLast4(secondLast4)) {
			throw new IllegalArgumentException("only the last 4 characters of a document number are kept");
		}
		return this.jdbc.sql("""
				insert into in_person_check (ssn_hash, first_id_type, first_id_last4, second_id_type, second_id_last4,
				    office, officer_account_id, case_number, recorded_at)
				values (:ssn, :t1, :l1, :t2, :l2, :office, :officer, :caseNumber, :now)
				returning id
				""")
			.param("ssn", ssnHash(ssn))
			.param("t1", firstType.name())
			.param("l1", this.cipher.seal(firstLast4.toUpperCase(Locale.ROOT), LAST4))
			.param("t2", secondType.name())
			.param("l2", this.cipher.seal(secondLast4.toUpperCase(Locale.ROOT), LAST4))
			.param("office", office)
			.param("officer", officerAccountId)
			.param("caseNumber", caseNumber)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/**
	 * The newest check of this person not yet used and recorded less than
	 * {@link #VALID_FOR} ago.
	 */
	@Transactional(readOnly = true)
	public Optional<InPersonCheck> usable(Ssn ssn) {
		return this.jdbc.sql("""
				select * from in_person_check
				 where ssn_hash = :ssn and used_at is null and recorded_at > :since
				 order by recorded_at desc limit 1
				""")
			.param("ssn", ssnHash(ssn))
			.param("since", Timestamp.from(this.clock.instant().minus(VALID_FOR)))
			.query((rs, n) -> new InPersonCheck(rs.getLong("id"), IdType.valueOf(rs.getString("first_id_type")),
					this.cipher.open(rs.getString("first_id_last4"), LAST4),
					IdType.valueOf(rs.getString("second_id_type")),
					this.cipher.open(rs.getString("second_id_last4"), LAST4), rs.getString("office"),
					rs.getLong("officer_account_id"), officerUsername(rs.getLong("officer_account_id")),
					rs.getString("case_number"), rs.getTimestamp("recorded_at").toInstant()))
			.optional();
	}

	/** The desk created the account from this check: it cannot be used again. */
	@Transactional
	public boolean use(long id) {
		return this.jdbc.sql("update in_person_check set used_at = :now where id = :id and used_at is null")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * The officer's username, asked of accounts (the account table is theirs;
	 * officer_account_id references it, so there always is one).
	 */
	private String officerUsername(long officerAccountId) {
		return this.accounts.username(officerAccountId).orElseThrow();
	}

	private String ssnHash(Ssn ssn) {
		return this.keyedHash.of("account.ssn", ssn.formatted());
	}

}
