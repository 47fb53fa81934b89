package gov.irs.secureaccess.signin.legacy;

import java.util.Map;

import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.proofing.PhoneActivationCodes;
import gov.irs.secureaccess.proofing.PhoneEligibility;
import gov.irs.secureaccess.proofing.RegistrationProperties;
import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.stereotype.Component;

/**
 * REG-10 then REG-5: a US mobile number in the person's name (tax record), on no other
 * account; the six-digit activation code is texted to it. "Receive an activation code by
 * postal mail" (REG-6) is a diversion the page offers.
 */
@Component
class LegacyPhoneStep implements Step {

	private final PhoneActivationCodes phoneCodes;

	private final LegacyAccounts legacy;

	private final TaxRecords taxRecords;

	private final int attempts;

	LegacyPhoneStep(PhoneActivationCodes phoneCodes, LegacyAccounts legacy, TaxRecords taxRecords,
			RegistrationProperties properties) {
		this.phoneCodes = phoneCodes;
		this.legacy = legacy;
		this.taxRecords = taxRecords;
		this.attempts = properties.phoneAttempts();
	}

	@Override
	public String name() {
		return LegacyStates.PHONE;
	}

	@Override
	public String view() {
		return "legacy/phone";
	}

	@Override
	public int maxAttempts() {
		return this.attempts;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		var account = this.legacy.findById(LegacyStates.legacyId(journey));
		if (account.isEmpty()) {
			return StepOutcome.invalid("legacy.error.moved");
		}
		PersonName holder = this.taxRecords.findBySsn(account.get().ssn())
			.map((record) -> record.name())
			.orElseGet(() -> PersonName.of(account.get().firstName(), account.get().lastName()));
		PhoneEligibility.Verdict verdict = this.phoneCodes.textCode(input.get("phone"), holder,
				LegacyStates.codeSubject(journey), LegacyStates.locale(journey));
		if (!verdict.eligible()) {
			return PhoneActivationCodes.refusal(verdict);
		}
		return StepOutcome
			.passed(Map.of(LegacyStates.PHONE_E164, verdict.e164(), LegacyStates.PATH, LegacyStates.PATH_SMS));
	}

}
