package gov.irs.secureaccess.registration.steps;

import java.util.Map;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.CodeStep;
import gov.irs.secureaccess.proofing.PhoneEligibility;
import gov.irs.secureaccess.proofing.RegistrationProperties;
import gov.irs.secureaccess.registration.RegistrationStates;

import org.springframework.stereotype.Component;

/** REG-5: the texted activation code, 10 minutes, single use. */
@Component
public class ConfirmPhoneStep extends CodeStep {

	private final int attempts;

	private final CodeLifetimes lifetimes;

	ConfirmPhoneStep(OneTimeCodes codes, CodeLifetimes lifetimes, RegistrationProperties properties) {
		super(codes, CodePurpose.SMS_ACTIVATION);
		this.lifetimes = lifetimes;
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

	/** The number the code went to, masked, and how long the code lives. */
	@Override
	public Map<String, Object> page(Journey journey) {
		String phone = journey.get(RegistrationStates.PHONE_E164);
		return Map.of("phoneMasked", (phone != null) ? PhoneEligibility.masked(phone) : "", "smsCodeMinutes",
				this.lifetimes.of(CodePurpose.SMS_ACTIVATION).toMinutes());
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
