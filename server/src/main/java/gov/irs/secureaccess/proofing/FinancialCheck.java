package gov.irs.secureaccess.proofing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.limits.RateLimit;
import gov.irs.secureaccess.platform.limits.RateLimiter;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.creditbureau.AccountCheck;
import gov.irs.secureaccess.sources.creditbureau.AccountCheckResult;
import gov.irs.secureaccess.sources.creditbureau.AccountLast8;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditBureau;
import gov.irs.secureaccess.sources.taxrecords.RefundAccount;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.stereotype.Component;

/**
 * REG-4: an account the person holds (type and last 8 digits) confirmed by the credit
 * bureau. American Express, debit and corporate cards are refused each with its own
 * message; a frozen file is told to lift the freeze. Each check records a soft inquiry.
 * The digits are used for the check and then forgotten: not in the journey, not in the
 * funnel, not anywhere (DATA-2).
 * <p>
 * REG-14: once the bureau could not be used (no file, a freeze, a card type it cannot
 * vouch for), the journey keeps that reason ({@link #BUREAU_UNUSABLE}, never what was
 * typed) and the step also takes the bank account of the last refund (routing number and
 * last 4 digits), compared with the tax record; each try counts against the same attempts
 * and the same per-SSN limit. Neither number is kept either.
 */
@Component
public class FinancialCheck {

	/**
	 * Journey key: the account type that passed the check ({@code REFUND_ACCOUNT} for the
	 * refund account).
	 */
	public static final String FINANCIAL_TYPE = "financialType";

	/**
	 * Journey key: why the credit bureau could not be used ({@code no-file},
	 * {@code frozen}, {@code debit-card}...).
	 */
	public static final String BUREAU_UNUSABLE = "bureauUnusable";

	/**
	 * The form field that picks the refund account instead of a card or loan (REG-14),
	 * and its value.
	 */
	public static final String PROOF = "proof";

	public static final String PROOF_REFUND_ACCOUNT = "refund-account";

	/**
	 * Why the bureau cannot serve a person who said they hold none of the listed accounts
	 * and whose file agrees.
	 */
	public static final String NO_LISTED_ACCOUNT = "no-listed-account";

	/**
	 * What "I don't have any of these" came to (REG-14): {@code reason} is why the bureau
	 * cannot serve the person ({@code no-file}, {@code frozen},
	 * {@code no-listed-account}) when the refund account is now offered, else null.
	 */
	public record NoneOfThese(Outcome outcome, String reason) {

		public enum Outcome {

			/** The bureau cannot serve this person: the refund account is offered. */
			REFUND_OFFERED,

			/**
			 * The bureau's file lists an account of a type the page accepts: the person
			 * is asked to use it.
			 */
			BUREAU_LISTS_ONE,

			/** The per-SSN limit of bureau checks is spent. */
			LIMITED,

			/** The refund account is not one of the rules (the 2018 baseline). */
			NOT_OFFERED

		}

	}

	/** What the journey records as the financial proof when it was the refund account. */
	public static final String REFUND_ACCOUNT_TYPE = "REFUND_ACCOUNT";

	static final String REQUESTER = "IRS Secure Access identity verification";

	private final CreditBureau bureau;

	private final TaxRecords taxRecords;

	/**
	 * Account checks of one SSN across all registrations (each one is a soft inquiry on
	 * the person's file).
	 */
	static final RateLimit PER_SSN = new RateLimit("registration-financial-per-ssn", 10, Duration.ofDays(1));

	private final RateLimiter limiter;

	private final ProofingRules rules;

	private final int attempts;

	FinancialCheck(CreditBureau bureau, TaxRecords taxRecords, RegistrationProperties properties, RateLimiter limiter,
			ProofingRules rules) {
		this.bureau = bureau;
		this.taxRecords = taxRecords;
		this.attempts = properties.financialAttempts();
		this.limiter = limiter;
		this.rules = rules;
	}

	/**
	 * Failed checks a journey's financial step allows (REG-9,
	 * {@code financial-attempts}).
	 */
	public int maxAttempts() {
		return this.attempts;
	}

	/**
	 * The account types the page offers (REG-4; student loans unless the 2018 rules are
	 * on).
	 */
	public List<AccountType> offered() {
		return this.rules.offeredAccountTypes();
	}

	/**
	 * Why the bureau could not be used on this journey, when the refund account may be
	 * offered (REG-14): the message key suffix for the page, or null when it may not (the
	 * bureau was not tried, or the setting is off).
	 */
	public String refundOffer(Journey journey) {
		return this.rules.refundAccount() ? journey.get(BUREAU_UNUSABLE) : null;
	}

	/**
	 * Whether the page may let a person say they hold none of the listed accounts (REG-14
	 * is on).
	 */
	public boolean noneOfTheseOffered() {
		return this.rules.refundAccount();
	}

	/**
	 * REG-14: the person says they hold none of the listed accounts (only a debit card,
	 * or no credit). The bureau is asked whether it can serve them at all, a soft inquiry
	 * counted against the same per-SSN limit as a check but not against the step's
	 * attempts (nothing was tried): with no file, a frozen file or a file with none of
	 * the accepted types the refund account is offered, so the refund account reaches
	 * people the bureau cannot serve, and not whoever merely holds a victim's return
	 * while the victim has a card or loan the bureau knows.
	 */
	public NoneOfThese noneOfThese(String ssn) {
		if (!this.rules.refundAccount()) {
			return new NoneOfThese(NoneOfThese.Outcome.NOT_OFFERED, null);
		}
		if (!this.limiter.hit(PER_SSN, ssn).allowed()) {
			return new NoneOfThese(NoneOfThese.Outcome.LIMITED, null);
		}
		return switch (this.bureau.coverage(Ssn.parse(ssn), offered(), REQUESTER)) {
			case NO_FILE -> new NoneOfThese(NoneOfThese.Outcome.REFUND_OFFERED, "no-file");
			case FROZEN -> new NoneOfThese(NoneOfThese.Outcome.REFUND_OFFERED, "frozen");
			case NONE_ACCEPTED -> new NoneOfThese(NoneOfThese.Outcome.REFUND_OFFERED, NO_LISTED_ACCOUNT);
			case HAS_ACCEPTED -> new NoneOfThese(NoneOfThese.Outcome.BUREAU_LISTS_ONE, null);
		};
	}

	/**
	 * The REG-4 check for the person with this SSN (123-45-6789 form) on the fields
	 * {@code accountType} and {@code last8}: the same rules, limits and messages wherever
	 * financial verification is asked for (registration, a phone change, REG-12). A match
	 * is the step's {@link gov.irs.secureaccess.journey.Step#PASSED} outcome, remembering
	 * only the account type; where it leads is the calling journey's definition.
	 */
	public StepOutcome check(String ssn, StepInput input) {
		return check(ssn, null, input);
	}

	/**
	 * As {@link #check(String, StepInput)}, on a journey that can remember that the
	 * bureau could not be used and then take the refund account (REG-14) with
	 * {@code proof=refund-account}, {@code routingNumber} and {@code accountLast4}.
	 */
	public StepOutcome check(String ssn, Journey journey, StepInput input) {
		if (PROOF_REFUND_ACCOUNT.equals(input.get(PROOF))) {
			return refundAccount(ssn, journey, input);
		}
		AccountType picked;
		try {
			picked = AccountType.valueOf(input.get("accountType"));
		}
		catch (IllegalArgumentException ex) {
			return StepOutcome.invalid("register.financial.error.type");
		}
		if (!offered().contains(picked)) {
			return StepOutcome.invalid("register.financial.error.type");
		}
		String digits = input.get("last8").replaceAll("[\\s-]", "");
		if (!digits.matches("\\d{8}")) {
			return StepOutcome.invalid("register.financial.error.digits");
		}
		if (!this.limiter.hit(PER_SSN, ssn).allowed()) {
			return StepOutcome.failed("register.financial.error.mismatch", "financial.ssn-rate-limited");
		}
		AccountCheckResult result = this.bureau
			.check(new AccountCheck(Ssn.parse(ssn), picked, AccountLast8.of(digits), REQUESTER));
		return switch (result.outcome()) {
			case FROZEN -> unusable(StepOutcome.invalid("register.financial.error.frozen"), "frozen", journey);
			case NO_FILE -> unusable(StepOutcome.failed(this.rules.refundAccount() ? "register.financial.error.noFile"
					: "register.financial.error.mismatch", "financial.no-file"), "no-file", journey);
			case NO_MATCH -> StepOutcome.failed("register.financial.error.mismatch", "financial.no-match");
			case MATCH -> matched(result, journey);
		};
	}

	private StepOutcome matched(AccountCheckResult result, Journey journey) {
		AccountType type = result.matchedType().orElseThrow();
		if (type == AccountType.DEBIT_CARD) {
			return unusable(StepOutcome.failed("register.financial.error.debit", "financial.debit-card"), "debit-card",
					journey);
		}
		if (type == AccountType.CORPORATE_CARD) {
			return unusable(StepOutcome.failed("register.financial.error.corporate", "financial.corporate-card"),
					"corporate-card", journey);
		}
		if (result.matchedNetwork().filter((network) -> network == CardNetwork.AMERICAN_EXPRESS).isPresent()) {
			return unusable(StepOutcome.failed("register.financial.error.amex", "financial.american-express"),
					"american-express", journey);
		}
		return StepOutcome.passed(Map.of(FINANCIAL_TYPE, type.name()));
	}

	/**
	 * REG-14: the refusal, and the journey remembers why the bureau could not be used (if
	 * it can and may).
	 */
	private StepOutcome unusable(StepOutcome refusal, String reason, Journey journey) {
		if (journey == null || !this.rules.refundAccount()) {
			return refusal;
		}
		return StepOutcome.remembering(refusal, Map.of(BUREAU_UNUSABLE, reason));
	}

	private StepOutcome refundAccount(String ssn, Journey journey, StepInput input) {
		if (journey == null || refundOffer(journey) == null) {
			// Offered only after the bureau could not be used (REG-14): a form for it
			// before then is not one we showed.
			return StepOutcome.invalid("register.financial.error.type");
		}
		String routing = input.get("routingNumber").replaceAll("[\\s-]", "");
		String last4 = input.get("accountLast4").replaceAll("[\\s-]", "");
		if (!RefundAccount.isRoutingNumber(routing)) {
			return StepOutcome.invalid("register.refund.error.routing");
		}
		if (!last4.matches("\\d{4}")) {
			return StepOutcome.invalid("register.refund.error.last4");
		}
		if (!this.limiter.hit(PER_SSN, ssn).allowed()) {
			return StepOutcome.failed("register.refund.error.mismatch", "financial.ssn-rate-limited");
		}
		Ssn person = Ssn.parse(ssn);
		if (!this.taxRecords.refundAccountMatches(person, RefundAccount.of(routing, last4))) {
			return StepOutcome.failed("register.refund.error.mismatch", this.taxRecords.hasRefundAccount(person)
					? "financial.refund-account.no-match" : "financial.refund-account.none-on-file");
		}
		return StepOutcome.passed(Map.of(FINANCIAL_TYPE, REFUND_ACCOUNT_TYPE));
	}

}
