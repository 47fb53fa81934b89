package gov.irs.secureaccess.journey;

import java.util.List;
import java.util.Map;

/** A step's verdict on what was submitted. */
public sealed interface StepOutcome {

	/**
	 * Accepted with {@code outcome} (one of the step's {@link Step#outcomes()}): remember
	 * {@code data} and move on to wherever the journey's definition says that outcome
	 * leads. A step never names the state that comes next.
	 */
	record Advance(String outcome, Map<String, String> data) implements StepOutcome {

		public Advance {
			data = Map.copyOf(data);
		}

	}

	/**
	 * Not accepted. {@code countsAsAttempt} is false for mistakes of form (an empty
	 * field, a date that isn't one), which are fixed on the page and spend no attempt;
	 * true for a failed check against a source. The message key is what the person reads;
	 * the reason code is what the funnel records, and may say more than the person is
	 * told (which field of an identity check differed, REG-2) but never what they typed.
	 * {@code remember} is what the journey keeps of the refusal itself for the next try
	 * (that the credit bureau could not be used, REG-14); never what was typed.
	 */
	record Rejected(String messageKey, boolean countsAsAttempt, String reasonCode, List<Object> messageArguments,
			Map<String, String> remember) implements StepOutcome {

		public Rejected {
			messageArguments = List.copyOf(messageArguments);
			remember = Map.copyOf(remember);
		}

		public Rejected(String messageKey, boolean countsAsAttempt, String reasonCode, List<Object> messageArguments) {
			this(messageKey, countsAsAttempt, reasonCode, messageArguments, Map.of());
		}

		public Rejected(String messageKey, boolean countsAsAttempt, String reasonCode) {
			this(messageKey, countsAsAttempt, reasonCode, List.of());
		}

		public Rejected(String messageKey, boolean countsAsAttempt) {
			this(messageKey, countsAsAttempt, messageKey);
		}

	}

	/** Accepted, the step's usual way forward ({@link Step#PASSED}). */
	static StepOutcome passed(Map<String, String> data) {
		return new Advance(Step.PASSED, data);
	}

	static StepOutcome passed(JourneyData data) {
		return passed(data.map());
	}

	static StepOutcome passed() {
		return passed(Map.of());
	}

	/**
	 * Accepted with one of the step's other declared outcomes, e.g. a password that
	 * belongs to an older account.
	 */
	static StepOutcome outcome(String outcome, Map<String, String> data) {
		return new Advance(outcome, data);
	}

	static StepOutcome outcome(String outcome, JourneyData data) {
		return outcome(outcome, data.map());
	}

	static StepOutcome invalid(String messageKey) {
		return new Rejected(messageKey, false);
	}

	static StepOutcome failed(String messageKey) {
		return new Rejected(messageKey, true);
	}

	static StepOutcome failed(String messageKey, String reasonCode) {
		return new Rejected(messageKey, true, reasonCode);
	}

	/**
	 * The same refusal, with something for the journey to keep (see
	 * {@link Rejected#remember()}).
	 */
	static StepOutcome remembering(StepOutcome outcome, Map<String, String> remember) {
		if (!(outcome instanceof Rejected rejected)) {
			throw new IllegalArgumentException("only a refusal remembers why: " + outcome);
		}
		return new Rejected(rejected.messageKey(), rejected.countsAsAttempt(), rejected.reasonCode(),
				rejected.messageArguments(), remember);
	}

}
