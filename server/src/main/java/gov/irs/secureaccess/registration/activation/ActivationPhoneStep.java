package gov.irs.secureaccess.registration.activation;

import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.PhoneEligibility;
import gov.irs.secureaccess.proofing.RegistrationMessages;

import org.springframework.stereotype.Component;

/**
 * REG-6: any US text-enabled phone (prepaid and business plans allowed here); a security
 * code is texted to it.
 */
@Component
class ActivationPhoneStep implements Step {

	private final PhoneEligibility eligibility;

	private final OneTimeCodes codes;

	private final CodeLifetimes lifetimes;

	private final RegistrationMessages messages;

	ActivationPhoneStep(PhoneEligibility eligibility, OneTimeCodes codes, CodeLifetimes lifetimes,
			RegistrationMessages messages) {
		this.eligibility = eligibility;
		this.codes = codes;
		this.lifetimes = lifetimes;
		this.messages = messages;
	}

	@Override
	public String name() {
		return ActivationStates.PHONE;
	}

	@Override
	public String view() {
		return "activate/phone";
	}

	@Override
	public int maxAttempts() {
		return 5;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		PhoneEligibility.Verdict verdict = this.eligibility.check(input.get("phone"), null);
		if (!verdict.eligible()) {
			return new StepOutcome.Rejected(verdict.messageKey(), verdict.countsAsAttempt(), verdict.reason());
		}
		IssuedCode code = this.codes.issue(CodePurpose.SMS_ACTIVATION, ActivationStates.smsSubject(journey));
		this.messages.smsCode(verdict.e164(), code.code(), this.lifetimes.of(CodePurpose.SMS_ACTIVATION),
				Locale.forLanguageTag(journey.get(ActivationStates.LANGUAGE)));
		return StepOutcome.passed(Map.of(ActivationStates.PHONE_E164, verdict.e164()));
	}

}
