package gov.irs.secureaccess.journey;

import java.util.Map;

/** A step's verdict on what was submitted. */
public sealed interface StepOutcome {

	/** Accepted: remember {@code data} and move on to {@code nextState}. */
	record Advance(String nextState, Map<String, String> data) implements StepOutcome {

		public Advance {
			data = Map.copyOf(data);
		}

	}

	/**
	 * Not accepted. {@code countsAsAttempt} is false for mistakes of form (an empty field, a date that isn't one),
	 * which are fixed on the page and spend no attempt; true for a failed check against a source.
	 */
	record Rejected(String messageKey, boolean countsAsAttempt) implements StepOutcome {
	}

	static StepOutcome advance(String nextState, Map<String, String> data) {
		return new Advance(nextState, data);
	}

	static StepOutcome invalid(String messageKey) {
		return new Rejected(messageKey, false);
	}

	static StepOutcome failed(String messageKey) {
		return new Rejected(messageKey, true);
	}

}
