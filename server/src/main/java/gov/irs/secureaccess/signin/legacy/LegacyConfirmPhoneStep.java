package gov.irs.secureaccess.signin.legacy;

import java.util.Map;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.registration.RegistrationProperties;

import org.springframework.stereotype.Component;

/** REG-10 then REG-5: the texted activation code, 10 minutes, single use; a wrong or used one spends an attempt. */
@Component
class LegacyConfirmPhoneStep implements Step {

	private final OneTimeCodes codes;

	private final int attempts;

	LegacyConfirmPhoneStep(OneTimeCodes codes, RegistrationProperties properties) {
		this.codes = codes;
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
	public StepOutcome accept(Journey journey, StepInput input) {
		String typed = input.get("code");
		if (typed.isEmpty()) {
			return StepOutcome.invalid("register.code.error.required");
		}
		if (typed.length() > 20) {
			return StepOutcome.invalid("register.code.error.wrong");
		}
		return switch (this.codes.redeem(CodePurpose.SMS_ACTIVATION, LegacyStates.codeSubject(journey), typed)) {
			case ACCEPTED -> StepOutcome.advance(LegacyStates.PASSWORD, Map.of());
			case EXPIRED -> StepOutcome.invalid("register.code.error.expired");
			case ALREADY_USED -> StepOutcome.failed("register.code.error.used");
			case WRONG, NONE_SENT -> StepOutcome.failed("register.code.error.wrong");
		};
	}

}
