package gov.irs.secureaccess.journey;

import java.time.Duration;
import java.util.Map;

/**
 * A two-step journey for tests: a secret word (three tries), then a colour (any non-empty
 * value).
 */
final class TestJourneys {

	static final String SECRET = "open-sesame";

	private TestJourneys() {
	}

	static JourneyDefinition definition(Duration lifetime) {
		return JourneyDefinition.builder("test", lifetime)
			.step(new SecretStep())
			.then("colour")
			.step(new ColourStep())
			.then("done")
			.end("done")
			.build();
	}

	static final class SecretStep implements Step {

		@Override
		public String name() {
			return "secret";
		}

		@Override
		public String view() {
			return "test/secret";
		}

		@Override
		public int maxAttempts() {
			return 3;
		}

		@Override
		public StepOutcome accept(Journey journey, StepInput input) {
			String word = input.get("word");
			if (word.isEmpty()) {
				return StepOutcome.invalid("secret.required");
			}
			return word.equals(SECRET) ? StepOutcome.passed(Map.of("word", word))
					: StepOutcome.failed("secret.mismatch");
		}

	}

	static final class ColourStep implements Step {

		@Override
		public String name() {
			return "colour";
		}

		@Override
		public String view() {
			return "test/colour";
		}

		@Override
		public int maxAttempts() {
			return 1;
		}

		@Override
		public StepOutcome accept(Journey journey, StepInput input) {
			return input.get("colour").isEmpty() ? StepOutcome.invalid("colour.required")
					: StepOutcome.passed(Map.of("colour", input.get("colour")));
		}

	}

}
