package gov.irs.secureaccess.registration.steps;

import java.util.HashMap;
import java.util.Map;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.proofing.FinancialCheck;
import gov.irs.secureaccess.registration.RegistrationStates;

import org.springframework.stereotype.Component;

/**
 * Registration's financial step (REG-4, REG-14): the shared {@link FinancialCheck} on the
 * person's SSN, leading to the phone step. The phone change and the legacy move run the
 * same check in their own steps.
 */
@Component
public class RegistrationFinancialStep implements Step {

	private final FinancialCheck check;

	RegistrationFinancialStep(FinancialCheck check) {
		this.check = check;
	}

	@Override
	public String name() {
		return RegistrationStates.FINANCIAL;
	}

	@Override
	public String view() {
		return "register/financial";
	}

	@Override
	public int maxAttempts() {
		return this.check.maxAttempts();
	}

	/**
	 * The account types offered and, once the bureau could not be used, the refund
	 * account (REG-4, REG-14).
	 */
	@Override
	public Map<String, Object> page(Journey journey) {
		Map<String, Object> page = new HashMap<>();
		page.put("accountTypes", this.check.offered());
		page.put("refundOffer", this.check.refundOffer(journey));
		page.put("noneOfTheseOffered", this.check.noneOfTheseOffered());
		return page;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		return this.check.check(journey.get(RegistrationStates.SSN), journey, input);
	}

}
