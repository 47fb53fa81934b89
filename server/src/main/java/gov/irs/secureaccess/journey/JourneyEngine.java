package gov.irs.secureaccess.journey;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.transaction.annotation.Transactional;

/**
 * Runs every journey: starts it, finds it again by id, and applies a submission to its current step. Expiry and
 * the attempt limit are enforced here, once, for all steps; time comes from the injected {@link Clock}.
 */
public class JourneyEngine {

	private final JourneyRepository repository;

	private final Clock clock;

	public JourneyEngine(JourneyRepository repository, Clock clock) {
		this.repository = Objects.requireNonNull(repository, "repository");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	@Transactional
	public Journey start(JourneyDefinition definition, Map<String, String> data) {
		Instant now = this.clock.instant();
		Journey journey = new Journey(UUID.randomUUID(), definition.type(), definition.firstState(), now, now,
				now.plus(definition.lifetime()), Map.of(), data, 0);
		this.repository.insert(journey);
		return journey;
	}

	@Transactional(readOnly = true)
	public JourneyView find(JourneyDefinition definition, UUID id) {
		return this.repository.find(id)
			.filter((journey) -> journey.type().equals(definition.type()))
			.map((journey) -> view(definition, journey))
			.orElseGet(JourneyView.NotFound::new);
	}

	@Transactional
	public Submission submit(JourneyDefinition definition, UUID id, StepInput input) {
		JourneyView view = find(definition, id);
		if (!(view instanceof JourneyView.AtStep atStep)) {
			return new Submission.Closed(view);
		}
		Journey journey = atStep.journey();
		Step step = atStep.step();
		if (atStep.exhausted()) {
			return new Submission.Exhausted(journey, step);
		}
		Instant now = this.clock.instant();
		StepOutcome outcome = step.accept(journey, input);
		if (outcome instanceof StepOutcome.Advance advance) {
			if (!definition.isKnownState(advance.nextState())) {
				throw new IllegalStateException("Step " + step.name() + " leads to unknown state " + advance.nextState());
			}
			journey.advance(advance.nextState(), advance.data(), now);
			return save(journey, () -> new Submission.Advanced(journey));
		}
		StepOutcome.Rejected rejected = (StepOutcome.Rejected) outcome;
		if (!rejected.countsAsAttempt()) {
			return new Submission.Rejected(journey, rejected.messageKey(), AttemptPolicy.remaining(journey, step));
		}
		journey.recordFailedAttempt(step.name(), now);
		return save(journey, () -> AttemptPolicy.isExhausted(journey, step) ? new Submission.Exhausted(journey, step)
				: new Submission.Rejected(journey, rejected.messageKey(), AttemptPolicy.remaining(journey, step)));
	}

	/** Removes journeys that expired more than a grace period ago; returns how many. */
	@Transactional
	public int purgeExpired(java.time.Duration grace) {
		return this.repository.deleteExpiredBefore(this.clock.instant().minus(grace));
	}

	private JourneyView view(JourneyDefinition definition, Journey journey) {
		if (definition.isFinal(journey.state())) {
			return new JourneyView.Finished(journey);
		}
		if (journey.isExpiredAt(this.clock.instant())) {
			return new JourneyView.Expired();
		}
		Step step = definition.step(journey.state());
		return new JourneyView.AtStep(journey, step, AttemptPolicy.isExhausted(journey, step));
	}

	private Submission save(Journey journey, java.util.function.Supplier<Submission> result) {
		return this.repository.update(journey) ? result.get() : new Submission.Conflict();
	}

}
