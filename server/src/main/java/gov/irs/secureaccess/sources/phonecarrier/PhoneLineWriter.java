package gov.irs.secureaccess.sources.phonecarrier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import gov.irs.secureaccess.platform.crypto.SealedJson;
import gov.irs.secureaccess.sources.ArrayBatch;
import gov.irs.secureaccess.sources.SourceKeys;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the phone line table in batches (generator and CSV loader). Call inside the
 * caller's transaction.
 */
public final class PhoneLineWriter {

	private final JdbcTemplate jdbc;

	private final SourceKeys keys;

	private final SealedJson sealed;

	public PhoneLineWriter(JdbcTemplate jdbc, SourceKeys keys, SealedJson sealed) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.keys = Objects.requireNonNull(keys, "keys");
		this.sealed = Objects.requireNonNull(sealed, "sealed");
	}

	/** Inserts each line, or replaces the line already known under that number. */
	public void upsertLines(Collection<PhoneLine> lines) {
		List<Object[]> rows = lines.parallelStream()
			.map((line) -> new Object[] { this.keys.phone(line.number().e164()), line.lineType().name(), line.prepaid(),
					line.businessPlan(), line.smsCapable(), line.usNumber(), timestamp(line.simChangedAt()),
					timestamp(line.portedAt()), timestamp(line.subscriberSince()),
					this.sealed.seal(new PhoneLinePayload(line.subscriberName()), PhoneLinePayload.CONTEXT) })
			.toList();
		ArrayBatch.update(this.jdbc,
				"""
						insert into phone_line (number_hash, line_type, prepaid, business_plan, sms_capable, us_number,
						sim_changed_at, ported_at, subscriber_since, payload_sealed) select * from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (number_hash) do update set line_type = excluded.line_type, prepaid = excluded.prepaid,
						business_plan = excluded.business_plan, sms_capable = excluded.sms_capable,
						us_number = excluded.us_number, sim_changed_at = excluded.sim_changed_at,
						ported_at = excluded.ported_at, subscriber_since = excluded.subscriber_since, payload_sealed = excluded.payload_sealed""",
				List.of("text", "text", "bool", "bool", "bool", "bool", "timestamptz", "timestamptz", "timestamptz",
						"text"),
				rows);
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
