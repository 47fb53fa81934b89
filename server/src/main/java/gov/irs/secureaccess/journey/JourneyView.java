package gov.irs.secureaccess.journey;

/** Where a journey stands when a person comes back to it by id. */
public sealed interface JourneyView {

	/**
	 * Alive and waiting on {@code step}; {@code exhausted} when that step has no attempts
	 * left.
	 */
	record AtStep(Journey journey, Step step, boolean exhausted) implements JourneyView {
	}

	/** Reached one of its final states. */
	record Finished(Journey journey) implements JourneyView {
	}

	/** Past its expiry: the person must start again. */
	record Expired() implements JourneyView {
	}

	/** No journey of this type has that id. */
	record NotFound() implements JourneyView {
	}

}
