package gov.irs.secureaccess.journey;

/**
 * Told what happens on every journey's steps, in the transaction of the change, for the
 * funnel and verification-rate reports. Reasons are message keys or codes, never what the
 * person typed.
 */
public interface JourneyObserver {

	JourneyObserver NONE = new JourneyObserver() {
	};

	default void stepStarted(Journey journey, String step) {
	}

	default void stepPassed(Journey journey, String step) {
	}

	default void stepFailed(Journey journey, String step, String reason) {
	}

	/** The journey expired before it reached a final state, while on {@code step}. */
	default void abandoned(Journey journey, String step) {
	}

}
