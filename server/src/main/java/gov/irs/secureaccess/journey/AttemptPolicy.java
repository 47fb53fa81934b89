package gov.irs.secureaccess.journey;

/** The one rule for "attempts exhausted", shared by every step of every journey. */
public final class AttemptPolicy {

	private AttemptPolicy() {
	}

	public static boolean isExhausted(Journey journey, Step step) {
		return journey.attempts(step.name()) >= step.maxAttempts();
	}

	public static int remaining(Journey journey, Step step) {
		return Math.max(0, step.maxAttempts() - journey.attempts(step.name()));
	}

}
