package gov.irs.secureaccess.registration.steps;

import java.util.Map;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.CodeStep;
import gov.irs.secureaccess.proofing.RegistrationProperties;
import gov.irs.secureaccess.registration.RegistrationStates;

import org.springframework.stereotype.Component;

/** REG-1, second half: the emailed code, 15 minutes, single use. */
@Component
public class ConfirmEmailStep extends CodeStep {

	private final int attempts;

	private final CodeLifetimes lifetimes;

	ConfirmEmailStep(OneTimeCodes codes, CodeLifetimes lifetimes, RegistrationProperties properties) {
		super(codes, CodePurpose.EMAIL_CONFIRMATION);
		this.lifetimes = lifetimes;
		this.attempts = properties.emailCodeAttempts();
	}

	@Override
	public String name() {
		return RegistrationStates.CONFIRM_EMAIL;
	}

	@Override
	public String view() {
		return "register/confirm-email";
	}

	@Override
	public int maxAttempts() {
		return this.attempts;
	}

	@Override
	public Map<String, Object> page(Journey journey) {
		return Map.of("emailCodeMinutes", this.lifetimes.of(CodePurpose.EMAIL_CONFIRMATION).toMinutes());
	}

	@Override
	protected String subject(Journey journey) {
		return RegistrationStates.codeSubject(journey);
	}

	@Override
	protected StepOutcome accepted(Journey journey, StepInput input) {
		return StepOutcome.passed();
	}

}
