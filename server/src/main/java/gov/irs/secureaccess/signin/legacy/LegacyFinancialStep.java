package gov.irs.secureaccess.signin.legacy;

import java.util.Optional;

import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.proofing.FinancialCheck;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.stereotype.Component;

/**
 * REG-10 then REG-4: financial verification with registration's own check (account types,
 * refusals, freeze message, soft inquiry, per-SSN limit) for the SSN of the legacy
 * account. The digits are forgotten (DATA-2). A person with no tax record cannot continue
 * online (no name for the phone, no address for a letter): the page says to call the
 * e-Help Desk.
 */
@Component
class LegacyFinancialStep implements Step {

	private final FinancialCheck registration;

	private final LegacyAccounts legacy;

	private final TaxRecords taxRecords;

	LegacyFinancialStep(FinancialCheck registration, LegacyAccounts legacy, TaxRecords taxRecords) {
		this.registration = registration;
		this.legacy = legacy;
		this.taxRecords = taxRecords;
	}

	@Override
	public String name() {
		return LegacyStates.FINANCIAL;
	}

	@Override
	public String view() {
		return "legacy/financial";
	}

	@Override
	public int maxAttempts() {
		return this.registration.maxAttempts();
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		Optional<LegacyAccount> account = this.legacy.findById(LegacyStates.legacyId(journey));
		if (account.isEmpty()) {
			return StepOutcome.invalid("legacy.error.moved");
		}
		if (this.taxRecords.findBySsn(account.get().ssn()).isEmpty()) {
			return StepOutcome.invalid("legacy.error.noRecord");
		}
		return this.registration.check(account.get().ssn().formatted(), input);
	}

}
