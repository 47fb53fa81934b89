package gov.irs.secureaccess.registration.activation;

import java.util.List;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;

import org.springframework.stereotype.Component;

/**
 * REG-6: the activation code from the letter, valid 30 days (a setting, 10 days under
 * NIST-2017), single use.
 */
@Component
class ActivationCodeStep implements Step {

	private final OneTimeCodes codes;

	private final CodeLifetimes lifetimes;

	ActivationCodeStep(OneTimeCodes codes, CodeLifetimes lifetimes) {
		this.codes = codes;
		this.lifetimes = lifetimes;
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
		return switch (this.codes.redeem(CodePurpose.MAIL_ACTIVATION, ActivationStates.accountSubject(journey),
				typed)) {
			case ACCEPTED -> StepOutcome.passed();
			// The page says how long codes work: the setting (30 days, or 10 under the
			// NIST-2017 policy), not a constant.
			case EXPIRED -> new StepOutcome.Rejected("activate.error.codeExpired", false, "activate.error.codeExpired",
					List.of(this.lifetimes.of(CodePurpose.MAIL_ACTIVATION).toDays()));
			case ALREADY_USED, WRONG, NONE_SENT -> StepOutcome.failed("activate.error.codeWrong");
		};
	}

}
