package gov.irs.secureaccess.factors.phone;

import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.registration.PhoneEligibility;
import gov.irs.secureaccess.registration.RegistrationMessages;
import gov.irs.secureaccess.registration.RegistrationProperties;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.stereotype.Component;

/**
 * REG-12 then REG-5: the new number must be a US mobile able to receive texts, billed to the person's name (tax
 * record), not prepaid or on a business plan, and on no other account; the code is texted to the NEW number. The
 * account keeps its old number meanwhile.
 */
@Component
class PhoneChangeNumberStep implements Step {

	private final PhoneEligibility eligibility;

	private final Accounts accounts;

	private final TaxRecords taxRecords;

	private final OneTimeCodes codes;

	private final CodeLifetimes lifetimes;

	private final RegistrationMessages messages;

	private final int attempts;

	PhoneChangeNumberStep(PhoneEligibility eligibility, Accounts accounts, TaxRecords taxRecords, OneTimeCodes codes,
			CodeLifetimes lifetimes, RegistrationMessages messages, RegistrationProperties properties) {
		this.eligibility = eligibility;
		this.accounts = accounts;
		this.taxRecords = taxRecords;
		this.codes = codes;
		this.lifetimes = lifetimes;
		this.messages = messages;
		this.attempts = properties.phoneAttempts();
	}

	@Override
	public String name() {
		return PhoneChangeStates.PHONE;
	}

	@Override
	public String view() {
		return "account/phone-number";
	}

	@Override
	public int maxAttempts() {
		return this.attempts;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		long accountId = PhoneChangeStates.accountId(journey);
		String current = this.accounts.findLogin(accountId).orElseThrow().phoneE164();
		if (current != null && sameNumber(input.get("phone"), current)) {
			return StepOutcome.invalid("account.phone.error.same");
		}
		var holder = this.taxRecords.findBySsn(Ssn.parse(this.accounts.profile(accountId).ssn())).orElseThrow().name();
		PhoneEligibility.Verdict verdict = this.eligibility.check(input.get("phone"), holder);
		if (!verdict.eligible()) {
			return new StepOutcome.Rejected(verdict.messageKey(), verdict.countsAsAttempt(), verdict.reason());
		}
		IssuedCode code = this.codes.issue(CodePurpose.SMS_ACTIVATION, PhoneChangeStates.codeSubject(journey));
		this.messages.smsCode(verdict.e164(), code.code(), this.lifetimes.of(CodePurpose.SMS_ACTIVATION),
				Locale.forLanguageTag(journey.get(PhoneChangeStates.LANGUAGE)));
		return StepOutcome.advance(PhoneChangeStates.CONFIRM_PHONE, Map.of(PhoneChangeStates.PHONE_E164, verdict.e164()));
	}

	/** Whether what was typed is the account's own number (ten digits, a leading 1 or +1 allowed). */
	static boolean sameNumber(String typed, String currentE164) {
		String digits = typed.replaceAll("\\D", "");
		if (digits.length() == 11 && digits.startsWith("1")) {
			digits = digits.substring(1);
		}
		return digits.length() == 10 && currentE164.equals("+1" + digits);
	}

}
