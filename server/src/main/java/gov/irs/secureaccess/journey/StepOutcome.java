package gov.irs.secureaccess.journey;

import java.util.List;
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
	 * which are fixed on the page and spend no attempt; true for a failed check against a source. The message key
	 * is what the person reads; the reason code is what the funnel records, and may say more than the person is
	 * told (which field of an identity check differed, REG-2) but never what they typed. {@code remember} is what
	 * the journey keeps of the refusal itself for the next try (that the credit bureau could not be used, REG-14);
	 * never what was typed.
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

	static StepOutcome advance(String nextState, Map<String, String> data) {
		return new Advance(nextState, data);
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

	/** The same refusal, with something for the journey to keep (see {@link Rejected#remember()}). */
	static StepOutcome remembering(StepOutcome outcome, Map<String, String> remember) {
		if (!(outcome instanceof Rejected rejected)) {
			throw new IllegalArgumentException("only a refusal remembers why: " + outcome);
		}
		return new Rejected(rejected.messageKey(), rejected.countsAsAttempt(), rejected.reasonCode(),
				rejected.messageArguments(), remember);
	}

}
