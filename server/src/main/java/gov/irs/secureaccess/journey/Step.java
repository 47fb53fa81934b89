package gov.irs.secureaccess.journey;

import java.util.Map;
import java.util.Set;

/**
 * One step of a journey: what it shows, what it accepts and where it leads. Steps are
 * small classes; the {@link JourneyEngine} takes care of expiry, attempt counting and
 * persistence for all of them.
 */
public interface Step {

	/**
	 * The outcome of a step passed in its usual way; where it leads is the definition's
	 * business.
	 */
	String PASSED = "passed";

	/** The state name this step serves, unique within its journey. */
	String name();

	/** The page (template name) that shows this step. */
	String view();

	/** How many failed attempts the step allows before it is exhausted. */
	int maxAttempts();

	/**
	 * Checks what the person submitted. Must not change the journey object (the engine
	 * applies the outcome), but may do work that belongs to the check, such as recording
	 * a soft inquiry or queuing a code: it runs in the transaction that saves the
	 * outcome.
	 */
	StepOutcome accept(Journey journey, StepInput input);

	/**
	 * Every outcome {@link #accept} may advance with. The journey's definition must give
	 * each one an edge, and refuses to start otherwise.
	 */
	default Set<String> outcomes() {
		return Set.of(PASSED);
	}

	/**
	 * What this step's page shows besides its form and what every page of the journey
	 * shows (never a secret the person typed). Empty unless the step says otherwise.
	 */
	default Map<String, Object> page(Journey journey) {
		return Map.of();
	}

}
