package gov.irs.secureaccess.registration.steps;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.CodeStep;
import gov.irs.secureaccess.proofing.RegistrationProperties;
import gov.irs.secureaccess.registration.RegistrationStates;

import org.springframework.stereotype.Component;

/** REG-5: the texted activation code, 10 minutes, single use. */
@Component
public class ConfirmPhoneStep extends CodeStep {

	private final int attempts;

	ConfirmPhoneStep(OneTimeCodes codes, RegistrationProperties properties) {
		super(codes, CodePurpose.SMS_ACTIVATION);
		this.attempts = properties.phoneCodeAttempts();
	}

	@Override
	public String name() {
		return RegistrationStates.CONFIRM_PHONE;
	}

	@Override
	public String view() {
		return "register/confirm-phone";
	}

	@Override
	public int maxAttempts() {
		return this.attempts;
	}

	@Override
	protected String subject(Journey journey) {
		return RegistrationStates.codeSubject(journey);
	}

	@Override
	protected StepOutcome accepted(Journey journey, StepInput input) {
		return advance(RegistrationStates.CREDENTIALS);
	}

}
