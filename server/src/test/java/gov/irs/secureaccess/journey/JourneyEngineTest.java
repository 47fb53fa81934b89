package gov.irs.secureaccess.journey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey mechanism under a moving clock (REG-9: resumable while alive, bounded
 * attempts per step).
 */
class JourneyEngineTest {

	private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");

	private final InMemoryJourneyRepository repository = new InMemoryJourneyRepository();

	private final JourneyEngine engine = new JourneyEngine(this.repository, this.clock);

	private final JourneyDefinition definition = TestJourneys.definition(Duration.ofMinutes(30));

	@Test
	void whenStarted_thenItStandsAtTheFirstStepUntilItsLifetimeEnds() {
		Journey journey = this.engine.start(this.definition, Map.of("email-confirmed", "yes"));

		assertThat(journey.state()).isEqualTo("secret");
		assertThat(journey.expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(30)));
		assertThat(this.engine.find(this.definition, journey.id())).isInstanceOfSatisfying(JourneyView.AtStep.class,
				(at) -> {
					assertThat(at.step().name()).isEqualTo("secret");
					assertThat(at.exhausted()).isFalse();
					assertThat(at.journey().get("email-confirmed")).isEqualTo("yes");
				});
	}

	@Test
	void REG_9_whenResumedByIdLater_thenItContinuesWhereItWasLeft() {
		Journey journey = this.engine.start(this.definition, Map.of());
		this.engine.submit(this.definition, journey.id(), StepInput.of(Map.of("word", TestJourneys.SECRET)));

		this.clock.advance(Duration.ofMinutes(29));

		assertThat(this.engine.find(this.definition, journey.id())).isInstanceOfSatisfying(JourneyView.AtStep.class,
				(at) -> {
					assertThat(at.step().name()).isEqualTo("colour");
					assertThat(at.journey().get("word")).isEqualTo(TestJourneys.SECRET);
				});
	}

	@Test
	void whenTheClockPassesTheExpiry_thenTheJourneyIsExpiredAndTakesNoSubmission() {
		Journey journey = this.engine.start(this.definition, Map.of());

		this.clock.advance(Duration.ofMinutes(30));

		assertThat(this.engine.find(this.definition, journey.id())).isInstanceOf(JourneyView.Expired.class);
		Submission late = this.engine.submit(this.definition, journey.id(),
				StepInput.of(Map.of("word", TestJourneys.SECRET)));
		assertThat(late).isInstanceOfSatisfying(Submission.Closed.class,
				(closed) -> assertThat(closed.view()).isInstanceOf(JourneyView.Expired.class));
		assertThat(this.repository.find(journey.id()).orElseThrow().state()).isEqualTo("secret");
	}

	@Test
	void whenOneSecondBeforeExpiry_thenStillAlive() {
		Journey journey = this.engine.start(this.definition, Map.of());

		this.clock.advance(Duration.ofMinutes(30).minusSeconds(1));

		assertThat(this.engine.find(this.definition, journey.id())).isInstanceOf(JourneyView.AtStep.class);
	}

	@Test
	void REG_9_whenAStepFailsItsLimit_thenItIsExhaustedAndRefusesEvenTheRightAnswer() {
		Journey journey = this.engine.start(this.definition, Map.of());
		StepInput wrong = StepInput.of(Map.of("word", "guess"));

		Submission first = this.engine.submit(this.definition, journey.id(), wrong);
		Submission second = this.engine.submit(this.definition, journey.id(), wrong);
		Submission third = this.engine.submit(this.definition, journey.id(), wrong);

		assertThat(first).isInstanceOfSatisfying(Submission.Rejected.class, (r) -> {
			assertThat(r.messageKey()).isEqualTo("secret.mismatch");
			assertThat(r.attemptsLeft()).isEqualTo(2);
		});
		assertThat(second).isInstanceOfSatisfying(Submission.Rejected.class,
				(r) -> assertThat(r.attemptsLeft()).isEqualTo(1));
		assertThat(third).isInstanceOfSatisfying(Submission.Exhausted.class,
				(e) -> assertThat(e.step().name()).isEqualTo("secret"));
		Submission right = this.engine.submit(this.definition, journey.id(),
				StepInput.of(Map.of("word", TestJourneys.SECRET)));
		assertThat(right).isInstanceOf(Submission.Exhausted.class);
		assertThat(this.repository.find(journey.id()).orElseThrow().attempts("secret")).isEqualTo(3);
		assertThat(this.engine.find(this.definition, journey.id())).isInstanceOfSatisfying(JourneyView.AtStep.class,
				(at) -> assertThat(at.exhausted()).isTrue());
	}

	@Test
	void whenInputIsMalformed_thenTheUserIsToldButNoAttemptIsSpent() {
		Journey journey = this.engine.start(this.definition, Map.of());

		Submission blank = this.engine.submit(this.definition, journey.id(), StepInput.of(Map.of("word", "  ")));

		assertThat(blank).isInstanceOfSatisfying(Submission.Rejected.class, (r) -> {
			assertThat(r.messageKey()).isEqualTo("secret.required");
			assertThat(r.attemptsLeft()).isEqualTo(3);
		});
		assertThat(this.repository.find(journey.id()).orElseThrow().attempts("secret")).isZero();
	}

	@Test
	void whenTheLastStepIsAccepted_thenTheJourneyIsFinishedAndTakesNoMore() {
		Journey journey = this.engine.start(this.definition, Map.of());
		this.engine.submit(this.definition, journey.id(), StepInput.of(Map.of("word", TestJourneys.SECRET)));

		Submission done = this.engine.submit(this.definition, journey.id(), StepInput.of(Map.of("colour", "blue")));

		assertThat(done).isInstanceOfSatisfying(Submission.Advanced.class,
				(a) -> assertThat(a.journey().state()).isEqualTo("done"));
		assertThat(this.engine.find(this.definition, journey.id())).isInstanceOf(JourneyView.Finished.class);
		assertThat(this.engine.submit(this.definition, journey.id(), StepInput.of(Map.of("colour", "red"))))
			.isInstanceOf(Submission.Closed.class);
	}

	@Test
	void whenTheIdIsUnknownOrOfAnotherType_thenNotFound() {
		Journey journey = this.engine.start(this.definition, Map.of());
		JourneyDefinition other = JourneyDefinition.builder("other", Duration.ofMinutes(5))
			.step(new TestJourneys.SecretStep())
			.then("done")
			.end("done")
			.build();

		assertThat(this.engine.find(this.definition, UUID.randomUUID())).isInstanceOf(JourneyView.NotFound.class);
		assertThat(this.engine.find(other, journey.id())).isInstanceOf(JourneyView.NotFound.class);
	}

	@Test
	void whenTwoRequestsRaceOnOneJourney_thenTheSecondGetsAConflictAndChangesNothing() {
		Journey journey = this.engine.start(this.definition, Map.of());
		Journey stale = this.repository.find(journey.id()).orElseThrow();
		this.engine.submit(this.definition, journey.id(), StepInput.of(Map.of("word", "guess")));

		stale.recordFailedAttempt("secret", this.clock.instant());

		assertThat(this.repository.update(stale)).isFalse();
		assertThat(this.repository.find(journey.id()).orElseThrow().attempts("secret")).isEqualTo(1);
	}

	@Test
	void whenLongExpired_thenPurged() {
		Journey old = this.engine.start(this.definition, Map.of());
		this.clock.advance(Duration.ofHours(2));
		Journey fresh = this.engine.start(this.definition, Map.of());

		int purged = this.engine.purgeExpired(Duration.ofHours(1));

		assertThat(purged).isEqualTo(1);
		assertThat(this.repository.find(old.id())).isEmpty();
		assertThat(this.repository.find(fresh.id())).isPresent();
	}

	@Test
	void whenStepsPassFailAndAJourneyIsLeft_thenTheObserverHearsEachWithReasonCodesOnly() {
		List<String> heard = new ArrayList<>();
		JourneyObserver observer = new JourneyObserver() {
			@Override
			public void stepStarted(Journey journey, String step) {
				heard.add("started " + step);
			}

			@Override
			public void stepPassed(Journey journey, String step) {
				heard.add("passed " + step);
			}

			@Override
			public void stepFailed(Journey journey, String step, String reason) {
				heard.add("failed " + step + " " + reason);
			}

			@Override
			public void abandoned(Journey journey, String step) {
				heard.add("abandoned " + step);
			}
		};
		JourneyEngine observed = new JourneyEngine(this.repository, this.clock, observer);
		Journey finished = observed.start(this.definition, Map.of());
		observed.submit(this.definition, finished.id(), StepInput.of(Map.of("word", "guess")));
		observed.submit(this.definition, finished.id(), StepInput.of(Map.of("word", " ")));
		observed.submit(this.definition, finished.id(), StepInput.of(Map.of("word", TestJourneys.SECRET)));
		observed.submit(this.definition, finished.id(), StepInput.of(Map.of("colour", "blue")));
		Journey left = observed.start(this.definition, Map.of());
		this.clock.advance(Duration.ofHours(2));

		observed.purgeExpired(Duration.ofMinutes(1));

		assertThat(heard).containsExactly("started secret", "failed secret secret.mismatch", "passed secret",
				"started colour", "passed colour", "started secret", "abandoned secret");
		assertThat(this.repository.find(left.id())).isEmpty();
	}

}
