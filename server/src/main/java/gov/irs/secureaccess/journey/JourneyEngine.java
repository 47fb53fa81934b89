package gov.irs.secureaccess.journey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs every journey: starts it, finds it again by id, and applies a submission to its
 * current step. Expiry and the attempt limit are enforced here, once, for all steps; time
 * comes from the injected {@link Clock}.
 */
public class JourneyEngine {

	private final JourneyRepository repository;

	private final Clock clock;

	private final JourneyObserver observer;

	private final Map<String, JourneyDefinition> definitions = new ConcurrentHashMap<>();

	public JourneyEngine(JourneyRepository repository, Clock clock) {
		this(repository, clock, JourneyObserver.NONE);
	}

	public JourneyEngine(JourneyRepository repository, Clock clock, JourneyObserver observer) {
		this.repository = Objects.requireNonNull(repository, "repository");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.observer = Objects.requireNonNull(observer, "observer");
	}

	@Transactional
	public Journey start(JourneyDefinition definition, Map<String, String> data) {
		Instant now = this.clock.instant();
		register(definition);
		Journey journey = new Journey(UUID.randomUUID(), definition.type(), definition.firstState(), now, now,
				now.plus(definition.lifetime()), Map.of(), data, 0);
		this.repository.insert(journey);
		this.observer.stepStarted(journey, journey.state());
		return journey;
	}

	@Transactional(readOnly = true)
	public JourneyView find(JourneyDefinition definition, UUID id) {
		return view(definition, this.repository.find(id));
	}

	@Transactional
	public Submission submit(JourneyDefinition definition, UUID id, StepInput input) {
		JourneyView view = view(definition, this.repository.findForUpdate(id));
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
			journey.advance(definition.next(step.name(), advance.outcome()), advance.data(), now);
			return save(journey, () -> {
				this.observer.stepPassed(journey, step.name());
				if (!definition.isFinal(journey.state())) {
					this.observer.stepStarted(journey, journey.state());
				}
				return new Submission.Advanced(journey);
			});
		}
		StepOutcome.Rejected rejected = (StepOutcome.Rejected) outcome;
		if (!rejected.remember().isEmpty()) {
			journey.advance(step.name(), rejected.remember(), now);
		}
		if (!rejected.countsAsAttempt()) {
			Submission.Rejected refused = new Submission.Rejected(journey, rejected.messageKey(),
					AttemptPolicy.remaining(journey, step), rejected.messageArguments(), false);
			return rejected.remember().isEmpty() ? refused : save(journey, () -> refused);
		}
		journey.recordFailedAttempt(step.name(), now);
		return save(journey, () -> {
			this.observer.stepFailed(journey, step.name(), rejected.reasonCode());
			return AttemptPolicy.isExhausted(journey, step) ? new Submission.Exhausted(journey, step)
					: new Submission.Rejected(journey, rejected.messageKey(), AttemptPolicy.remaining(journey, step),
							rejected.messageArguments(), true);
		});
	}

	/**
	 * Removes journeys that expired more than a grace period ago (their answers may hold
	 * PII), telling the observer which were abandoned unfinished; returns how many were
	 * removed.
	 */
	@Transactional
	public int purgeExpired(Duration grace) {
		Instant cutoff = this.clock.instant().minus(grace);
		for (Journey journey : this.repository.findExpiredBefore(cutoff)) {
			JourneyDefinition definition = this.definitions.get(journey.type());
			if (definition == null || !definition.isFinal(journey.state())) {
				this.observer.abandoned(journey, journey.state());
			}
		}
		return this.repository.deleteExpiredBefore(cutoff);
	}

	/**
	 * Moves a journey from {@code fromState} to another way forward its definition allows
	 * (for example from an exhausted phone step to the activation code by mail,
	 * REG-6/REG-9), keeping the attempts spent.
	 */
	@Transactional
	public Submission divert(JourneyDefinition definition, UUID id, String fromState, String toState,
			Map<String, String> data) {
		JourneyView view = view(definition, this.repository.findForUpdate(id));
		if (!(view instanceof JourneyView.AtStep atStep)) {
			return new Submission.Closed(view);
		}
		Journey journey = atStep.journey();
		if (!journey.state().equals(fromState)) {
			return new Submission.Conflict();
		}
		if (!definition.allowsDiversion(fromState, toState)) {
			throw new IllegalStateException(
					"Journey " + definition.type() + " has no way from " + fromState + " to " + toState);
		}
		journey.advance(toState, data, this.clock.instant());
		return save(journey, () -> {
			this.observer.stepFailed(journey, fromState, "diverted-to-" + toState);
			this.observer.stepStarted(journey, toState);
			return new Submission.Advanced(journey);
		});
	}

	/**
	 * Remembers more about a journey without moving it (a choice the person made on the
	 * current step, such as which second factor to use), if it still stands at
	 * {@code expectedState}.
	 */
	@Transactional
	public Submission remember(JourneyDefinition definition, UUID id, String expectedState, Map<String, String> data) {
		JourneyView view = view(definition, this.repository.findForUpdate(id));
		if (!(view instanceof JourneyView.AtStep atStep)) {
			return new Submission.Closed(view);
		}
		Journey journey = atStep.journey();
		if (!journey.state().equals(expectedState)) {
			return new Submission.Conflict();
		}
		journey.advance(expectedState, data, this.clock.instant());
		return save(journey, () -> new Submission.Advanced(journey));
	}

	/**
	 * Makes a journey type known before any journey of it starts on this node (for the
	 * purge's abandon check).
	 */
	public void register(JourneyDefinition definition) {
		this.definitions.put(definition.type(), definition);
	}

	/** Every journey type known on this node, by type name. */
	public SortedMap<String, JourneyDefinition> definitions() {
		return Collections.unmodifiableSortedMap(new TreeMap<>(this.definitions));
	}

	private JourneyView view(JourneyDefinition definition, Optional<Journey> found) {
		return found.filter((journey) -> journey.type().equals(definition.type()))
			.map((journey) -> view(definition, journey))
			.orElseGet(JourneyView.NotFound::new);
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

	private Submission save(Journey journey, Supplier<Submission> result) {
		if (this.repository.update(journey)) {
			return result.get();
		}
		// Whatever the step did on the way (a code queued, an inquiry recorded) goes with
		// the lost update.
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
		return new Submission.Conflict();
	}

}
