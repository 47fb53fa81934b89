package gov.irs.secureaccess.insights;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyObserver;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records every journey step's start, pass, failure (with its reason code) and
 * abandonment in {@code funnel_event}, for the verification-rate reports, and counts the
 * same in {@code secure_access_funnel_events_total} (labels journey, step, event, reason:
 * codes only). Reason codes are message keys; nothing a person typed is stored.
 * <p>
 * The verifications (OUT-1) follow from the journeys that prove people: a registration or
 * a legacy move starts one; the identity step reaches LOA-1, the financial step LOA-2; a
 * texted code begins the text channel; the end of the journey reaches LOA-3 by text, or,
 * on the mail path, makes an account its activation will finish.
 */
@Component
class FunnelRecorder implements JourneyObserver {

	static final String METRIC = "secure_access_funnel_events";

	/** The journeys that prove a person, and the step each one starts at. */
	private static final Map<String, String> PROVING = Map.of("registration", "contact", "legacy-migration",
			"financial");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Verifications verifications;

	private final MeterRegistry meters;

	FunnelRecorder(JdbcClient jdbc, Clock clock, Verifications verifications, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.verifications = verifications;
		this.meters = meters;
	}

	@Override
	public void stepStarted(Journey journey, String step) {
		record(journey, step, "STARTED", null);
		if (step.equals(PROVING.get(journey.type()))) {
			this.verifications.started(journey.id(), VerificationChannel.ONLINE);
		}
	}

	@Override
	public void stepPassed(Journey journey, String step) {
		record(journey, step, "PASSED", null);
		if (journey.type().equals("activation") && journey.state().equals("done")) {
			accountId(journey).ifPresent(this.verifications::activated);
			return;
		}
		if (!PROVING.containsKey(journey.type())) {
			return;
		}
		UUID id = journey.id();
		switch (step) {
			case "identity" -> this.verifications.reached(id, 1, VerificationChannel.ONLINE);
			case "financial" -> this.verifications.reached(id, 2, VerificationChannel.ONLINE);
			case "phone" -> this.verifications.channel(id, VerificationChannel.TEXT);
			default -> {
			}
		}
		if (journey.state().equals("done")) {
			if ("mail".equals(journey.get("path"))) {
				accountId(journey).ifPresent(
						(account) -> this.verifications.awaitingActivation(id, account, VerificationChannel.MAIL));
			}
			else {
				this.verifications.reached(id, 3, VerificationChannel.TEXT);
			}
		}
	}

	@Override
	public void stepFailed(Journey journey, String step, String reason) {
		record(journey, step, "FAILED", reason);
	}

	@Override
	public void abandoned(Journey journey, String step) {
		// Abandoned when it expired, not when the sweep found it (minutes later, or in
		// another report period).
		record(journey, step, "ABANDONED", "expired", journey.expiresAt());
	}

	private static Optional<Long> accountId(Journey journey) {
		String id = journey.get("accountId");
		return (id == null || id.isEmpty()) ? Optional.empty() : Optional.of(Long.parseLong(id));
	}

	private void record(Journey journey, String step, String event, String reason) {
		record(journey, step, event, reason, this.clock.instant());
	}

	private void record(Journey journey, String step, String event, String reason, Instant at) {
		this.jdbc.sql("""
				insert into funnel_event (journey_id, journey_type, step, event, reason, occurred_at)
				values (:journey, :type, :step, :event, :reason, :at)
				""")
			.param("journey", journey.id())
			.param("type", journey.type())
			.param("step", step)
			.param("event", event)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.update();
		AfterCommit.run(
				() -> this.meters
					.counter(METRIC, "journey", journey.type(), "step", step, "event", event.toLowerCase(Locale.ROOT),
							"reason", (reason != null) ? reason : "none")
					.increment());
	}

}
