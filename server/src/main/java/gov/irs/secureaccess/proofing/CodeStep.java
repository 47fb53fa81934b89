package gov.irs.secureaccess.proofing;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;

/**
 * A step that takes a one-time code bound to the journey: accepted once, within its life.
 * A wrong, used or foreign code spends an attempt; an expired one does not (the person
 * asks for a new one). Registration's email and phone codes, the phone change's (REG-12)
 * and the legacy move's (REG-10) are such steps.
 */
public abstract class CodeStep implements Step {

	private final OneTimeCodes codes;

	private final CodePurpose purpose;

	protected CodeStep(OneTimeCodes codes, CodePurpose purpose) {
		this.codes = codes;
		this.purpose = purpose;
	}

	/** The subject the code was issued to. */
	protected abstract String subject(Journey journey);

	/**
	 * The outcome of an accepted code, and what to remember; {@code input} is the
	 * submission that carried it.
	 */
	protected abstract StepOutcome accepted(Journey journey, StepInput input);

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String typed = input.get("code");
		if (typed.isEmpty()) {
			return StepOutcome.invalid("register.code.error.required");
		}
		if (typed.length() > 20) {
			return StepOutcome.invalid("register.code.error.wrong");
		}
		return switch (this.codes.redeem(this.purpose, subject(journey), typed)) {
			case ACCEPTED -> accepted(journey, input);
			case EXPIRED -> StepOutcome.invalid("register.code.error.expired");
			case ALREADY_USED -> StepOutcome.failed("register.code.error.used");
			case WRONG, NONE_SENT -> StepOutcome.failed("register.code.error.wrong");
		};
	}

}
