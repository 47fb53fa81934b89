package gov.irs.secureaccess.insights;

import java.sql.Timestamp;
import java.time.Clock;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyObserver;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records every journey step's start, pass, failure (with its reason code) and abandonment in {@code funnel_event},
 * for the verification-rate reports. Reason codes are message keys; nothing a person typed is stored.
 */
@Component
class FunnelRecorder implements JourneyObserver {

	private final JdbcClient jdbc;

	private final Clock clock;

	FunnelRecorder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void stepStarted(Journey journey, String step) {
		record(journey, step, "STARTED", null);
	}

	@Override
	public void stepPassed(Journey journey, String step) {
		record(journey, step, "PASSED", null);
	}

	@Override
	public void stepFailed(Journey journey, String step, String reason) {
		record(journey, step, "FAILED", reason);
	}

	@Override
	public void abandoned(Journey journey, String step) {
		record(journey, step, "ABANDONED", "expired");
	}

	private void record(Journey journey, String step, String event, String reason) {
		this.jdbc.sql("""
				insert into funnel_event (journey_id, journey_type, step, event, reason, occurred_at)
				values (:journey, :type, :step, :event, :reason, :at)
				""")
			.param("journey", journey.id())
			.param("type", journey.type())
			.param("step", step)
			.param("event", event)
			.param("reason", reason)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

}
