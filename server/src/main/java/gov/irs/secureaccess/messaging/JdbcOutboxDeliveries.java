package gov.irs.secureaccess.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import gov.irs.secureaccess.platform.crypto.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OutboxDeliveries} on {@code outbox_message}: claims with
 * {@code FOR UPDATE SKIP LOCKED} (two nodes never claim the same row at once) by moving
 * {@code next_attempt_at} to the end of the lease and counting the attempt.
 */
@Repository
class JdbcOutboxDeliveries implements OutboxDeliveries {

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	private final Clock clock;

	JdbcOutboxDeliveries(JdbcClient jdbc, PiiCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	@Override
	@Transactional
	public List<Claimed> claim(Channel channel, int limit, Duration lease) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				update outbox_message set next_attempt_at = :leaseUntil, attempts = attempts + 1
				where id in (select id from outbox_message
				             where channel = :channel and status = 'PENDING'
				               and (next_attempt_at is null or next_attempt_at <= :now)
				             order by seq limit :limit for update skip locked)
				returning id, template, recipient_sealed, subject_sealed, body_sealed, attempts
				""")
			.param("leaseUntil", Timestamp.from(now.plus(lease)))
			.param("channel", channel.name())
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((rs, row) -> new Claimed(rs.getObject("id", UUID.class), rs.getString("template"),
					this.cipher.open(rs.getString("recipient_sealed"), OutboxSeals.RECIPIENT),
					this.cipher.open(rs.getString("subject_sealed"), OutboxSeals.SUBJECT),
					this.cipher.open(rs.getString("body_sealed"), OutboxSeals.BODY), rs.getInt("attempts")))
			.list();
	}

	@Override
	@Transactional
	public void sent(UUID id) {
		this.jdbc.sql("update outbox_message set status = 'SENT', sent_at = :now, last_error = null where id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	@Override
	@Transactional
	public void retryLater(UUID id, Duration delay, String reason) {
		this.jdbc.sql("update outbox_message set next_attempt_at = :next, last_error = :reason where id = :id")
			.param("next", Timestamp.from(this.clock.instant().plus(delay)))
			.param("reason", reason)
			.param("id", id)
			.update();
	}

	@Override
	@Transactional
	public void failed(UUID id, String reason) {
		this.jdbc.sql("update outbox_message set status = 'FAILED', last_error = :reason where id = :id")
			.param("reason", reason)
			.param("id", id)
			.update();
	}

}
