package gov.irs.secureaccess.journey;

/**
 * One step of a journey: what it shows, what it accepts and where it leads. Steps are small classes; the
 * {@link JourneyEngine} takes care of expiry, attempt counting and persistence for all of them.
 */
public interface Step {

	/** The state name this step serves, unique within its journey. */
	String name();

	/** The page (template name) that shows this step. */
	String view();

	/** How many failed attempts the step allows before it is exhausted. */
	int maxAttempts();

	/**
	 * Checks what the person submitted. Must not change the journey object (the engine applies the outcome), but may
	 * do work that belongs to the check, such as recording a soft inquiry or queuing a code: it runs in the
	 * transaction that saves the outcome.
	 */
	StepOutcome accept(Journey journey, StepInput input);

}
