package gov.irs.secureaccess.sources.phonecarrier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import gov.irs.secureaccess.platform.crypto.SealedJson;
import gov.irs.secureaccess.sources.SourceKeys;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded reference phone carrier: lines found by the keyed hash of the number
 * (DATA-1).
 */
public final class JdbcPhoneCarrier implements PhoneCarrier {

	private final JdbcClient jdbc;

	private final SourceKeys keys;

	private final SealedJson sealed;

	public JdbcPhoneCarrier(JdbcClient jdbc, SourceKeys keys, SealedJson sealed) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.keys = Objects.requireNonNull(keys, "keys");
		this.sealed = Objects.requireNonNull(sealed, "sealed");
	}

	@Override
	public Optional<PhoneLine> lookup(PhoneNumber number) {
		return this.jdbc.sql("""
				select line_type, prepaid, business_plan, sms_capable, us_number, sim_changed_at, ported_at,
				subscriber_since, payload_sealed from phone_line where number_hash = :numberHash""")
			.param("numberHash", this.keys.phone(number.e164()))
			.query((rs, row) -> new PhoneLine(number,
					this.sealed.open(rs.getString("payload_sealed"), PhoneLinePayload.CONTEXT, PhoneLinePayload.class)
						.subscriberName(),
					LineType.valueOf(rs.getString("line_type")), rs.getBoolean("prepaid"),
					rs.getBoolean("business_plan"), rs.getBoolean("sms_capable"), rs.getBoolean("us_number"),
					instant(rs.getTimestamp("sim_changed_at")), instant(rs.getTimestamp("ported_at")),
					instant(rs.getTimestamp("subscriber_since"))))
			.optional();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
