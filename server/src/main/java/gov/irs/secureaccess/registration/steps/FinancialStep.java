package gov.irs.secureaccess.registration.steps;

import java.util.Map;
import java.time.Duration;
import java.util.List;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.limits.RateLimit;
import gov.irs.secureaccess.platform.limits.RateLimiter;
import gov.irs.secureaccess.registration.RegistrationProperties;
import gov.irs.secureaccess.registration.RegistrationStates;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.creditbureau.AccountCheck;
import gov.irs.secureaccess.sources.creditbureau.AccountCheckResult;
import gov.irs.secureaccess.sources.creditbureau.AccountLast8;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditBureau;

import org.springframework.stereotype.Component;

/**
 * REG-4: an account the person holds (type and last 8 digits) confirmed by the credit bureau. American Express,
 * debit and corporate cards are refused each with its own message; a frozen file is told to lift the freeze. Each
 * check records a soft inquiry. The digits are used for the check and then forgotten: not in the journey, not in
 * the funnel, not anywhere (DATA-2).
 */
@Component
public class FinancialStep implements Step {

	/** What the person may pick (REG-4); cards other than credit cards are refused after the check. */
	public static final List<AccountType> OFFERED = List.of(AccountType.CREDIT_CARD, AccountType.MORTGAGE,
			AccountType.HOME_EQUITY_LOAN, AccountType.HELOC, AccountType.CAR_LOAN);

	static final String REQUESTER = "IRS Secure Access identity verification";

	private final CreditBureau bureau;

	/** Account checks of one SSN across all registrations (each one is a soft inquiry on the person's file). */
	static final RateLimit PER_SSN = new RateLimit("registration-financial-per-ssn", 10, Duration.ofDays(1));

	private final int attempts;

	private final RateLimiter limiter;

	FinancialStep(CreditBureau bureau, RegistrationProperties properties, RateLimiter limiter) {
		this.bureau = bureau;
		this.attempts = properties.financialAttempts();
		this.limiter = limiter;
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
		return this.attempts;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		return check(journey.get(RegistrationStates.SSN), input, RegistrationStates.PHONE);
	}

	/**
	 * The REG-4 check for the person with this SSN (123-45-6789 form) on the fields {@code accountType} and
	 * {@code last8}: the same rules, limits and messages wherever financial verification is asked for (registration,
	 * a phone change, REG-12). A match leads to {@code nextState}, remembering only the account type.
	 */
	public StepOutcome check(String ssn, StepInput input, String nextState) {
		AccountType picked;
		try {
			picked = AccountType.valueOf(input.get("accountType"));
		}
		catch (IllegalArgumentException ex) {
			return StepOutcome.invalid("register.financial.error.type");
		}
		if (!OFFERED.contains(picked)) {
			return StepOutcome.invalid("register.financial.error.type");
		}
		String digits = input.get("last8").replaceAll("[\\s-]", "");
		if (!digits.matches("\\d{8}")) {
			return StepOutcome.invalid("register.financial.error.digits");
		}
		if (!this.limiter.hit(PER_SSN, ssn).allowed()) {
			return StepOutcome.failed("register.financial.error.mismatch", "financial.ssn-rate-limited");
		}
		AccountCheckResult result = this.bureau.check(new AccountCheck(Ssn.parse(ssn),
				picked, AccountLast8.of(digits), REQUESTER));
		return switch (result.outcome()) {
			case FROZEN -> StepOutcome.invalid("register.financial.error.frozen");
			case NO_FILE -> StepOutcome.failed("register.financial.error.mismatch", "financial.no-file");
			case NO_MATCH -> StepOutcome.failed("register.financial.error.mismatch", "financial.no-match");
			case MATCH -> matched(result, nextState);
		};
	}

	private static StepOutcome matched(AccountCheckResult result, String nextState) {
		AccountType type = result.matchedType().orElseThrow();
		if (type == AccountType.DEBIT_CARD) {
			return StepOutcome.failed("register.financial.error.debit", "financial.debit-card");
		}
		if (type == AccountType.CORPORATE_CARD) {
			return StepOutcome.failed("register.financial.error.corporate", "financial.corporate-card");
		}
		if (result.matchedNetwork().filter((network) -> network == CardNetwork.AMERICAN_EXPRESS).isPresent()) {
			return StepOutcome.failed("register.financial.error.amex", "financial.american-express");
		}
		return StepOutcome.advance(nextState, Map.of(RegistrationStates.FINANCIAL_TYPE, type.name()));
	}

}
