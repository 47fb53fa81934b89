package gov.irs.secureaccess.signin.legacy;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.CodeStep;
import gov.irs.secureaccess.proofing.RegistrationProperties;

import org.springframework.stereotype.Component;

/**
 * REG-10 then REG-5: the texted activation code, 10 minutes, single use; a wrong or used
 * one spends an attempt.
 */
@Component
class LegacyConfirmPhoneStep extends CodeStep {

	private final int attempts;

	LegacyConfirmPhoneStep(OneTimeCodes codes, RegistrationProperties properties) {
		super(codes, CodePurpose.SMS_ACTIVATION);
		this.attempts = properties.phoneCodeAttempts();
	}

	@Override
	public String name() {
		return LegacyStates.CONFIRM_PHONE;
	}

	@Override
	public String view() {
		return "legacy/confirm-phone";
	}

	@Override
	public int maxAttempts() {
		return this.attempts;
	}

	@Override
	protected String subject(Journey journey) {
		return LegacyStates.codeSubject(journey);
	}

	@Override
	protected StepOutcome accepted(Journey journey, StepInput input) {
		return StepOutcome.passed();
	}

}
