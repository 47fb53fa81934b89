package gov.irs.secureaccess.platform.otp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import gov.irs.secureaccess.platform.crypto.KeyedHash;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes: drawn from a strong random source, kept only as keyed hashes bound to
 * their purpose and subject (DATA-5), single use, and one live code per subject: a new
 * code voids the old one (REG-1). The plain code is returned once, to be put in the
 * message that carries it, in the same transaction.
 */
@Service
public class OneTimeCodes {

	private final JdbcClient jdbc;

	private final KeyedHash keyedHash;

	private final CodeLifetimes lifetimes;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	OneTimeCodes(JdbcClient jdbc, KeyedHash keyedHash, CodeLifetimes lifetimes, Clock clock) {
		this.jdbc = jdbc;
		this.keyedHash = keyedHash;
		this.lifetimes = lifetimes;
		this.clock = clock;
	}

	/** Issues a new code for a subject, voiding any earlier live one. */
	@Transactional(propagation = Propagation.MANDATORY)
	public IssuedCode issue(CodePurpose purpose, String subject) {
		Instant now = this.clock.instant();
		voidLive(purpose, subject, now);
		String code = purpose.format().draw(this.random);
		Instant expires = now.plus(this.lifetimes.of(purpose));
		this.jdbc.sql("""
				insert into one_time_code (id, purpose, subject, code_hash, issued_at, expires_at)
				values (:id, :purpose, :subject, :hash, :issued, :expires)
				""")
			.param("id", UUID.randomUUID())
			.param("purpose", purpose.name())
			.param("subject", subject)
			.param("hash", hash(purpose, subject, code))
			.param("issued", Timestamp.from(now))
			.param("expires", Timestamp.from(expires))
			.update();
		return new IssuedCode(code, expires);
	}

	/** Checks a typed code; an accepted code is used up at once. */
	@Transactional
	public CodeCheck redeem(CodePurpose purpose, String subject, String typed) {
		String candidate = purpose.format().normalise((typed != null) ? typed : "");
		List<Row> rows = this.jdbc.sql("""
				select id, code_hash, expires_at, used_at, voided_at from one_time_code
				 where purpose = :purpose and subject = :subject order by issued_at desc for update
				""")
			.param("purpose", purpose.name())
			.param("subject", subject)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("code_hash"),
					rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("used_at") != null,
					rs.getTimestamp("voided_at") != null))
			.list();
		if (rows.isEmpty()) {
			return CodeCheck.NONE_SENT;
		}
		String hash = hash(purpose, subject, candidate);
		Row match = rows.stream()
			.filter((row) -> MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
					row.hash().getBytes(StandardCharsets.US_ASCII)))
			.findFirst()
			.orElse(null);
		if (match == null || match.voided()) {
			return CodeCheck.WRONG;
		}
		if (match.used()) {
			return CodeCheck.ALREADY_USED;
		}
		Instant now = this.clock.instant();
		if (!now.isBefore(match.expiresAt())) {
			return CodeCheck.EXPIRED;
		}
		this.jdbc.sql("update one_time_code set used_at = :now where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", match.id())
			.update();
		return CodeCheck.ACCEPTED;
	}

	/** Voids any live code of a subject (e.g. the person chose another way). */
	@Transactional
	public void voidLive(CodePurpose purpose, String subject) {
		voidLive(purpose, subject, this.clock.instant());
	}

	private void voidLive(CodePurpose purpose, String subject, Instant now) {
		this.jdbc.sql("""
				update one_time_code set voided_at = :now
				 where purpose = :purpose and subject = :subject and used_at is null and voided_at is null
				""")
			.param("now", Timestamp.from(now))
			.param("purpose", purpose.name())
			.param("subject", subject)
			.update();
	}

	private String hash(CodePurpose purpose, String subject, String code) {
		return this.keyedHash.of("otp." + purpose.name(), subject + "\u0000" + code);
	}

	private record Row(UUID id, String hash, Instant expiresAt, boolean used, boolean voided) {
	}

}
