package gov.irs.secureaccess.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import gov.irs.secureaccess.platform.crypto.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox in the {@code outbox_message} table; recipient, subject and body are sealed
 * (DATA-1).
 */
@Repository
class JdbcOutbox implements Outbox, OutboxReader {

	static final String RECIPIENT = OutboxSeals.RECIPIENT;

	static final String SUBJECT = OutboxSeals.SUBJECT;

	static final String BODY = OutboxSeals.BODY;

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	private final Clock clock;

	JdbcOutbox(JdbcClient jdbc, PiiCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID enqueue(OutgoingMessage message) {
		UUID id = UUID.randomUUID();
		int inserted = this.jdbc
			.sql("""
					insert into outbox_message (id, channel, template, dedup_key, recipient_sealed, subject_sealed, body_sealed, created_at)
					values (:id, :channel, :template, :dedupKey, :recipient, :subject, :body, :createdAt)
					on conflict (dedup_key) do nothing
					""")
			.param("id", id)
			.param("channel", message.channel().name())
			.param("template", message.template())
			.param("dedupKey", message.dedupKey())
			.param("recipient", this.cipher.seal(message.recipient(), RECIPIENT))
			.param("subject", this.cipher.seal(message.subject(), SUBJECT))
			.param("body", this.cipher.seal(message.body(), BODY))
			.param("createdAt", Timestamp.from(this.clock.instant()))
			.update();
		if (inserted == 1) {
			return id;
		}
		return this.jdbc.sql("select id from outbox_message where dedup_key = :dedupKey")
			.param("dedupKey", message.dedupKey())
			.query(UUID.class)
			.single();
	}

	/** The newest messages, opened, for the developer viewer. */
	@Transactional(readOnly = true)
	@Override
	public List<OutboxEntry> newest(int limit) {
		return this.jdbc.sql("select * from outbox_message order by seq desc limit :limit")
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	private OutboxEntry map(ResultSet rs, int row) throws SQLException {
		Timestamp sentAt = rs.getTimestamp("sent_at");
		return new OutboxEntry(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
				rs.getString("template"), this.cipher.open(rs.getString("recipient_sealed"), RECIPIENT),
				this.cipher.open(rs.getString("subject_sealed"), SUBJECT),
				this.cipher.open(rs.getString("body_sealed"), BODY), rs.getString("status"), rs.getInt("attempts"),
				rs.getTimestamp("created_at").toInstant(), (sentAt != null) ? sentAt.toInstant() : null);
	}

}
