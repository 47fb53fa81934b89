package gov.irs.secureaccess.journey;

import java.util.List;

/** What became of one submission to a journey step. */
public sealed interface Submission {

	/** Accepted; the journey now stands at its next state. */
	record Advanced(Journey journey) implements Submission {
	}

	/**
	 * Not accepted; the person may try again ({@code attemptsLeft} more failed checks
	 * allowed). {@code attemptSpent} says whether this refusal used one (a failed check)
	 * or not (a mistake of form).
	 */
	record Rejected(Journey journey, String messageKey, int attemptsLeft, List<Object> messageArguments,
			boolean attemptSpent) implements Submission {

		public Rejected {
			messageArguments = List.copyOf(messageArguments);
		}

		public Rejected(Journey journey, String messageKey, int attemptsLeft) {
			this(journey, messageKey, attemptsLeft, List.of(), true);
		}

	}

	/** The step has no attempts left: show the other ways forward instead of the form. */
	record Exhausted(Journey journey, Step step) implements Submission {
	}

	/**
	 * Another request changed the journey first; nothing was applied, show the current
	 * step again.
	 */
	record Conflict() implements Submission {
	}

	/** The journey cannot take submissions (expired, finished or unknown). */
	record Closed(JourneyView view) implements Submission {
	}

}
