package gov.irs.secureaccess.proofing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import gov.irs.secureaccess.sources.creditbureau.AccountType;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules that decide who gets through proofing, as settings
 * ({@code secure-access.proofing.*}), so the rules the IRS used in 2018 can be run beside
 * ours on one population (OUT-2, issue 13 item 3). The defaults are ours; the
 * {@code irs-2018} profile ({@code application-irs-2018.properties}) switches every one
 * to the 2018 rule.
 *
 * @param addressMatch {@code tolerant}: REG-3's comparison of form; {@code exact}: each
 * field as typed, only case and surrounding or repeated spaces aside (2018)
 * @param studentLoans REG-4: student loans are an account type at the financial step
 * @param refundAccount REG-14: the bank account of the last refund, for people the credit
 * bureau cannot serve
 * @param simChangeCheck REG-13: a recent SIM change or port refuses the texted activation
 * code
 * @param simChangeWindow REG-13: how recent a SIM change or port counts (7 days)
 * @param inPersonNewUsers AST-5: a Taxpayer Assistance Center also proofs people with no
 * e-Services account
 * @param prepaidInName REG-5: a prepaid line counts at the phone step when the carrier
 * has had the person's name on it for at least {@code prepaidTenure} (2018: every prepaid
 * line was refused, seed 001: "pay-as-you-go")
 * @param prepaidTenure REG-5: how long the person's name must have been on a prepaid line
 * (90 days; a number bought for the occasion, in someone else's name, is newer than that)
 */
@ConfigurationProperties("secure-access.proofing")
public record ProofingRules(@DefaultValue("tolerant") AddressMatch addressMatch,
		@DefaultValue("true") boolean studentLoans, @DefaultValue("true") boolean refundAccount,
		@DefaultValue("true") boolean simChangeCheck, @DefaultValue("P7D") Duration simChangeWindow,
		@DefaultValue("true") boolean inPersonNewUsers, @DefaultValue("true") boolean prepaidInName,
		@DefaultValue("P90D") Duration prepaidTenure) {

	/** How the address typed is compared with the address of the last return. */
	public enum AddressMatch {

		/** REG-3: differences of form are tolerated, differences of place are not. */
		TOLERANT,

		/** Field by field as typed, case and spacing aside: the 2018 rule. */
		EXACT

	}

	/**
	 * Every card and loan type the financial step knows, in the order the page lists
	 * them.
	 */
	private static final List<AccountType> ALL_OFFERED = List.of(AccountType.CREDIT_CARD, AccountType.STUDENT_LOAN,
			AccountType.MORTGAGE, AccountType.HOME_EQUITY_LOAN, AccountType.HELOC, AccountType.CAR_LOAN);

	public ProofingRules {
		if (simChangeWindow == null || simChangeWindow.isNegative()
				|| simChangeWindow.compareTo(Duration.ofDays(90)) > 0) {
			throw new IllegalArgumentException("secure-access.proofing.sim-change-window must be between P0D and P90D");
		}
		if (prepaidTenure == null || prepaidTenure.compareTo(Duration.ofDays(30)) < 0
				|| prepaidTenure.compareTo(Duration.ofDays(730)) > 0) {
			throw new IllegalArgumentException("secure-access.proofing.prepaid-tenure must be between P30D and P730D");
		}
	}

	/** Our rules, for tests and tools that build the service's parts by hand. */
	public static ProofingRules defaults() {
		return new ProofingRules(AddressMatch.TOLERANT, true, true, true, Duration.ofDays(7), true, true,
				Duration.ofDays(90));
	}

	/**
	 * The account types a person may pick at the financial step (REG-4); others are
	 * refused after the check.
	 */
	public List<AccountType> offeredAccountTypes() {
		List<AccountType> offered = new ArrayList<>(ALL_OFFERED);
		if (!this.studentLoans) {
			offered.remove(AccountType.STUDENT_LOAN);
		}
		return List.copyOf(offered);
	}

}
