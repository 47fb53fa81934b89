package gov.irs.secureaccess.factors.phone;

import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.proofing.PhoneActivationCodes;
import gov.irs.secureaccess.proofing.PhoneEligibility;
import gov.irs.secureaccess.proofing.RegistrationProperties;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.stereotype.Component;

/**
 * REG-12 then REG-5: the new number must be a US mobile able to receive texts, billed to
 * the person's name (tax record), not prepaid or on a business plan, and on no other
 * account; the code is texted to the NEW number. The account keeps its old number
 * meanwhile.
 */
@Component
class PhoneChangeNumberStep implements Step {

	private final PhoneActivationCodes phoneCodes;

	private final Accounts accounts;

	private final TaxRecords taxRecords;

	private final int attempts;

	PhoneChangeNumberStep(PhoneActivationCodes phoneCodes, Accounts accounts, TaxRecords taxRecords,
			RegistrationProperties properties) {
		this.phoneCodes = phoneCodes;
		this.accounts = accounts;
		this.taxRecords = taxRecords;
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
		PhoneEligibility.Verdict verdict = this.phoneCodes.textCode(input.get("phone"), holder,
				PhoneChangeStates.codeSubject(journey), Locale.forLanguageTag(journey.get(PhoneChangeStates.LANGUAGE)));
		if (!verdict.eligible()) {
			// REG-13 and REG-5's prepaid tenure on a phone change: the page has no mail
			// path, so its message says what else can be done.
			return PhoneActivationCodes.refusal(switch (String.valueOf(verdict.reason())) {
				case PhoneEligibility.SIM_CHANGED -> verdict.toldAs("account.phone.error.simChanged");
				case PhoneEligibility.PREPAID_RECENT -> verdict.toldAs("account.phone.error.prepaidRecent");
				default -> verdict;
			});
		}
		return StepOutcome.passed(Map.of(PhoneChangeStates.PHONE_E164, verdict.e164()));
	}

	/**
	 * Whether what was typed is the account's own number (ten digits, a leading 1 or +1
	 * allowed).
	 */
	static boolean sameNumber(String typed, String currentE164) {
		String digits = typed.replaceAll("\\D", "");
		if (digits.length() == 11 && digits.startsWith("1")) {
			digits = digits.substring(1);
		}
		return digits.length() == 10 && currentE164.equals("+1" + digits);
	}

}
