package gov.irs.secureaccess.proofing;

import java.util.Locale;

import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.sources.PersonName;

import org.springframework.stereotype.Component;

/**
 * The phone step of every journey that registers a number (REG-5): registration, the
 * phone change (REG-12) and the legacy move (REG-10). The number must be one the person
 * may use ({@link PhoneEligibility}: a mobile in the holder's name, not prepaid, on no
 * other account); only then is a new activation code issued for the journey and texted to
 * it.
 */
@Component
public final class PhoneActivationCodes {

	private final PhoneEligibility eligibility;

	private final OneTimeCodes codes;

	private final CodeLifetimes lifetimes;

	private final RegistrationMessages messages;

	PhoneActivationCodes(PhoneEligibility eligibility, OneTimeCodes codes, CodeLifetimes lifetimes,
			RegistrationMessages messages) {
		this.eligibility = eligibility;
		this.codes = codes;
		this.lifetimes = lifetimes;
		this.messages = messages;
	}

	/**
	 * Checks {@code typed} for {@code holder} and, if it may be used, texts it a code for
	 * {@code codeSubject}.
	 * @return the verdict: {@link PhoneEligibility.Verdict#eligible() eligible} with the
	 * number in E.164 when the code went out; otherwise {@link #refusal} says why
	 */
	public PhoneEligibility.Verdict textCode(String typed, PersonName holder, String codeSubject, Locale locale) {
		PhoneEligibility.Verdict verdict = this.eligibility.check(typed, holder);
		if (verdict.eligible()) {
			IssuedCode code = this.codes.issue(CodePurpose.SMS_ACTIVATION, codeSubject);
			this.messages.smsCode(verdict.e164(), code.code(), this.lifetimes.of(CodePurpose.SMS_ACTIVATION), locale);
		}
		return verdict;
	}

	/** The step's answer to a number that may not be used. */
	public static StepOutcome refusal(PhoneEligibility.Verdict verdict) {
		return new StepOutcome.Rejected(verdict.messageKey(), verdict.countsAsAttempt(), verdict.reason(),
				verdict.arguments());
	}

}
