package gov.irs.secureaccess.insights;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records how far each verification gets (OUT-1), for Figure 4.11.1's rates: that it
 * started and how, which channels it tried, and each level it reached. Written in the
 * transaction of the change it records, so a rolled-back change leaves no event; the
 * Prometheus counter {@code secure_access_verifications_total} (labels event, channel,
 * level: enumerations only) counts the same events. Nothing about the person is kept.
 */
@Service
public class Verifications {

	static final String METRIC = "secure_access_verifications";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MeterRegistry meters;

	Verifications(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * A verification began: online (a registration or a legacy move), at the e-Help Desk
	 * or in person.
	 */
	@Transactional
	public void started(UUID verification, VerificationChannel how) {
		record(verification, "STARTED", how, null);
	}

	/**
	 * A way of finishing was begun: a code texted, a letter mailed, a desk or TAC case.
	 */
	@Transactional
	public void channel(UUID verification, VerificationChannel channel) {
		record(verification, "CHANNEL", channel, null);
	}

	/** The verification reached {@code level} (1 to 3) through {@code channel}. */
	@Transactional
	public void reached(UUID verification, int level, VerificationChannel channel) {
		if (level < 1 || level > 3) {
			throw new IllegalArgumentException("level must be 1 to 3");
		}
		record(verification, "REACHED", channel, level);
	}

	/**
	 * An account was made that its mailed activation code will finish ({@code channel}:
	 * mail, e-Help Desk or in person): the channel is begun now, the level is reached at
	 * {@link #activated}.
	 */
	@Transactional
	public void awaitingActivation(UUID verification, long accountId, VerificationChannel channel) {
		channel(verification, channel);
		this.jdbc
			.sql("""
					insert into verification_account (account_id, verification_id, channel) values (:account, :id, :channel)
					on conflict (account_id) do update set verification_id = excluded.verification_id, channel = excluded.channel
					""")
			.param("account", accountId)
			.param("id", verification)
			.param("channel", channel.code())
			.update();
	}

	/**
	 * The account's activation code came back and it is active at LOA-3: its verification
	 * reached level 3.
	 */
	@Transactional
	public void activated(long accountId) {
		this.jdbc.sql("select verification_id, channel from verification_account where account_id = :account")
			.param("account", accountId)
			.query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) })
			.optional()
			.ifPresent((link) -> {
				reached((UUID) link[0], 3, VerificationChannel.of((String) link[1]));
				this.jdbc.sql("delete from verification_account where account_id = :account")
					.param("account", accountId)
					.update();
			});
	}

	private void record(UUID verification, String event, VerificationChannel channel, Integer level) {
		this.jdbc.sql("""
				insert into verification_event (verification_id, event, channel, level, occurred_at)
				values (:id, :event, :channel, :level, :at)
				""")
			.param("id", verification)
			.param("event", event)
			.param("channel", channel.code())
			.param("level", level)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		AfterCommit.run(
				() -> this.meters
					.counter(METRIC, "event", event.toLowerCase(Locale.ROOT), "channel", channel.code(), "level",
							(level != null) ? "loa-" + level : "none")
					.increment());
	}

}
