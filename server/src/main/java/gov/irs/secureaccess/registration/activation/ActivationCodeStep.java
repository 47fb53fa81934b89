package gov.irs.secureaccess.registration.activation;

import java.util.Map;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;

import org.springframework.stereotype.Component;

/** REG-6: the activation code from the letter, valid 30 days (a setting), single use. */
@Component
class ActivationCodeStep implements Step {

	private final OneTimeCodes codes;

	ActivationCodeStep(OneTimeCodes codes) {
		this.codes = codes;
	}

	@Override
	public String name() {
		return ActivationStates.CODE;
	}

	@Override
	public String view() {
		return "activate/code";
	}

	@Override
	public int maxAttempts() {
		return 5;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String typed = input.get("code");
		if (typed.isEmpty() || typed.length() > 20) {
			return StepOutcome.invalid("activate.error.codeRequired");
		}
		return switch (this.codes.redeem(CodePurpose.MAIL_ACTIVATION, ActivationStates.accountSubject(journey), typed)) {
			case ACCEPTED -> StepOutcome.advance(ActivationStates.PHONE, Map.of());
			case EXPIRED -> StepOutcome.invalid("activate.error.codeExpired");
			case ALREADY_USED, WRONG, NONE_SENT -> StepOutcome.failed("activate.error.codeWrong");
		};
	}

}
