package gov.irs.secureaccess.journey;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A journey's graph is declared in one place and checked when it is built, that is at
 * start-up: an edge to nowhere, an outcome a step may have without an edge, an edge for
 * an outcome the step never has, or a state nothing leads to is refused, each named in
 * the message.
 */
class JourneyDefinitionTest {

	private static final Duration LIFE = Duration.ofMinutes(10);

	@Test
	void whenTheGraphIsSound_thenItKeepsTheDeclaredOrderEdgesAndDiversions() {
		JourneyDefinition definition = JourneyDefinition.builder("t", LIFE)
			.step(step("a", Step.PASSED, "other"))
			.then("b")
			.on("other", "c")
			.step(step("b"))
			.then("done")
			.step(step("c"))
			.then("done")
			.divert("b", "c")
			.end("done")
			.build();

		assertThat(definition.firstState()).isEqualTo("a");
		assertThat(definition.stepOrder()).containsExactly("a", "b", "c");
		assertThat(definition.edges("a")).containsExactly(Map.entry(Step.PASSED, "b"), Map.entry("other", "c"));
		assertThat(definition.next("a", "other")).isEqualTo("c");
		assertThat(definition.allowsDiversion("b", "c")).isTrue();
		assertThat(definition.allowsDiversion("c", "b")).isFalse();
	}

	@Test
	void whenAnEdgeLeadsToAnUnknownState_thenTheDefinitionIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JourneyDefinition.builder("t", LIFE).step(step("a")).then("nowhere").end("done").build())
			.withMessageContaining("step a leads to unknown state nowhere");
	}

	@Test
	void whenAStepsOutcomeHasNoEdge_thenTheDefinitionIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JourneyDefinition.builder("t", LIFE)
				.step(step("a", Step.PASSED, "older-account"))
				.then("done")
				.end("done")
				.build())
			.withMessageContaining("step a has no edge for its outcome older-account");
	}

	@Test
	void whenAnEdgeIsForAnOutcomeTheStepNeverHas_thenTheDefinitionIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JourneyDefinition.builder("t", LIFE)
				.step(step("a"))
				.then("done")
				.on("typo", "done")
				.end("done")
				.build())
			.withMessageContaining("step a never has the outcome typo");
	}

	@Test
	void whenAStateIsUnreachable_thenTheDefinitionIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JourneyDefinition.builder("t", LIFE)
				.step(step("a"))
				.then("done")
				.step(step("island"))
				.then("done")
				.end("done", "never")
				.build())
			.withMessageContaining("nothing leads to island")
			.withMessageContaining("nothing leads to never");
	}

	@Test
	void whenADiversionNamesAnUnknownState_thenTheDefinitionIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JourneyDefinition.builder("t", LIFE)
				.step(step("a"))
				.then("done")
				.divert("a", "mail")
				.end("done")
				.build())
			.withMessageContaining("a diversion from a leads to unknown state mail");
	}

	@Test
	void whenStepsRepeatOrTheLifetimeIsNotPositiveOrAFinalStateIsAStep_thenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> JourneyDefinition.builder("t", Duration.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JourneyDefinition.builder("t", LIFE).step(step("a")).step(step("a")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JourneyDefinition.builder("t", LIFE).step(step("a")).then("a").end("a").build())
			.withMessageContaining("final state a is also a step");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JourneyDefinition.builder("t", LIFE).step(step("a")).then("a").build())
			.withMessageContaining("no final state");
	}

	@Test
	void whenAStepAdvancesWithAnOutcomeTheGraphDoesNotKnow_thenTheEngineFailsLoudly() {
		JourneyDefinition definition = JourneyDefinition.builder("t", LIFE)
			.step(step("a"))
			.then("done")
			.end("done")
			.build();

		assertThatIllegalStateException().isThrownBy(() -> definition.next("a", "undeclared"))
			.withMessageContaining("no edge for outcome undeclared");
	}

	@Test
	void whenPrinted_thenTheMermaidDiagramHasEveryStateEdgeAndDiversion() {
		JourneyDefinition definition = JourneyDefinition.builder("t", LIFE)
			.step(step("confirm-email"))
			.then("b")
			.step(step("b"))
			.then("done")
			.divert("confirm-email", "done")
			.end("done")
			.build();

		assertThat(JourneyDiagram.mermaid(definition)).isEqualTo("""
				stateDiagram-v2
				    state "confirm-email" as confirm_email
				    state "b" as b
				    state "done" as done
				    [*] --> confirm_email
				    confirm_email --> b: passed
				    confirm_email --> done: chosen
				    b --> done: passed
				    done --> [*]
				""");
		assertThat(JourneyDiagram.line(definition))
			.isEqualTo("t: confirm-email -passed-> b, confirm-email -chosen-> done, b -passed-> done; ends at done");
	}

	private static Step step(String name, String... outcomes) {
		Set<String> declared = (outcomes.length == 0) ? Set.of(Step.PASSED) : Set.of(outcomes);
		return new Step() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public String view() {
				return "test/" + name;
			}

			@Override
			public int maxAttempts() {
				return 1;
			}

			@Override
			public Set<String> outcomes() {
				return declared;
			}

			@Override
			public StepOutcome accept(Journey journey, StepInput input) {
				return StepOutcome.passed();
			}

		};
	}

}
