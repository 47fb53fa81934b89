package gov.irs.secureaccess.factors.phone;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.proofing.FinancialCheck;

import org.springframework.stereotype.Component;

/**
 * REG-12 then REG-4: financial verification again, with registration's own check (same
 * account types, refusals, freeze message, soft inquiry and per-SSN limit). The SSN comes
 * from the account; the digits are forgotten (DATA-2).
 */
@Component
class PhoneChangeFinancialStep implements Step {

	private final FinancialCheck registration;

	private final Accounts accounts;

	PhoneChangeFinancialStep(FinancialCheck registration, Accounts accounts) {
		this.registration = registration;
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return PhoneChangeStates.FINANCIAL;
	}

	@Override
	public String view() {
		return "account/phone-financial";
	}

	@Override
	public int maxAttempts() {
		return this.registration.maxAttempts();
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String ssn = this.accounts.profile(PhoneChangeStates.accountId(journey)).ssn();
		return this.registration.check(ssn, input);
	}

}
