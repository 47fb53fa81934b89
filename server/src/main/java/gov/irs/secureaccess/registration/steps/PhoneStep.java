package gov.irs.secureaccess.registration.steps;

import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.proofing.PhoneActivationCodes;
import gov.irs.secureaccess.proofing.PhoneEligibility;
import gov.irs.secureaccess.proofing.RegistrationProperties;
import gov.irs.secureaccess.registration.RegistrationStates;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.stereotype.Component;

/**
 * REG-5: a US mobile number in the person's name; a six-digit activation code is texted
 * to it. The other way, "Receive an activation code by postal mail" (REG-6), is a
 * diversion the page offers at any time.
 */
@Component
public class PhoneStep implements Step {

	private final PhoneActivationCodes phoneCodes;

	private final TaxRecords taxRecords;

	private final int attempts;

	PhoneStep(PhoneActivationCodes phoneCodes, TaxRecords taxRecords, RegistrationProperties properties) {
		this.phoneCodes = phoneCodes;
		this.taxRecords = taxRecords;
		this.attempts = properties.phoneAttempts();
	}

	@Override
	public String name() {
		return RegistrationStates.PHONE;
	}

	@Override
	public String view() {
		return "register/phone";
	}

	@Override
	public int maxAttempts() {
		return this.attempts;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		var holder = this.taxRecords.findBySsn(Ssn.parse(journey.get(RegistrationStates.SSN))).orElseThrow().name();
		PhoneEligibility.Verdict verdict = this.phoneCodes.textCode(input.get("phone"), holder,
				RegistrationStates.codeSubject(journey),
				Locale.forLanguageTag(journey.get(RegistrationStates.LANGUAGE)));
		if (!verdict.eligible()) {
			return PhoneActivationCodes.refusal(verdict);
		}
		return StepOutcome.passed(Map.of(RegistrationStates.PHONE_E164, verdict.e164(), RegistrationStates.PATH,
				RegistrationStates.PATH_SMS));
	}

}
