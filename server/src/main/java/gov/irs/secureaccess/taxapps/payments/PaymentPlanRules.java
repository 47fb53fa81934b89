package gov.irs.secureaccess.taxapps.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The rules of an Online Payment Agreement (docs/tax-applications.md):
 * <ul>
 * <li>there must be a balance, at most {@value #MAX_BALANCE_DOLLARS} dollars (above it,
 * the IRS sets plans up by phone or mail);</li>
 * <li>the monthly amount is at least {@value #MIN_MONTHLY_DOLLARS} dollars, in dollars
 * and cents;</li>
 * <li>the plan lasts {@value #MIN_MONTHS} to {@value #MAX_MONTHS} months (one payment is
 * paying in full, not a plan); the minimum monthly amount is therefore the balance
 * divided by {@value #MAX_MONTHS}, rounded up to the cent;</li>
 * <li>payments fall on a day from 1 to 28 (every month has it); the first one on that day
 * at least {@value #FIRST_PAYMENT_LEAD_DAYS} days from today.</li>
 * </ul>
 */
public final class PaymentPlanRules {

	public static final int MAX_BALANCE_DOLLARS = 50_000;

	public static final int MIN_MONTHLY_DOLLARS = 25;

	public static final int MIN_MONTHS = 2;

	public static final int MAX_MONTHS = 72;

	public static final int FIRST_PAYMENT_LEAD_DAYS = 7;

	private PaymentPlanRules() {
	}

	/** The number of payments for a balance and monthly amount; checks every rule. */
	static int months(BigDecimal balance, BigDecimal monthlyAmount, int dayOfMonth) {
		if (balance.signum() <= 0) {
			throw new PaymentAgreementRefused(PaymentAgreementRefused.Reason.NO_BALANCE, "You have no balance due.");
		}
		if (balance.compareTo(BigDecimal.valueOf(MAX_BALANCE_DOLLARS)) > 0) {
			throw new PaymentAgreementRefused(PaymentAgreementRefused.Reason.BALANCE_TOO_HIGH,
					"Balances over $" + MAX_BALANCE_DOLLARS + " cannot be set up online.");
		}
		if (monthlyAmount == null || monthlyAmount.stripTrailingZeros().scale() > 2) {
			throw new PaymentAgreementRefused(PaymentAgreementRefused.Reason.AMOUNT_INVALID,
					"Enter the monthly amount in dollars and cents.");
		}
		if (dayOfMonth < 1 || dayOfMonth > 28) {
			throw new PaymentAgreementRefused(PaymentAgreementRefused.Reason.DAY_INVALID,
					"Choose a payment day from 1 to 28.");
		}
		BigDecimal minimum = minimumMonthly(balance);
		if (monthlyAmount.compareTo(minimum) < 0) {
			throw new PaymentAgreementRefused(PaymentAgreementRefused.Reason.AMOUNT_TOO_LOW,
					"The monthly amount must be at least $" + minimum.toPlainString() + ".");
		}
		int months = balance.divide(monthlyAmount, 0, RoundingMode.CEILING).intValueExact();
		if (months < MIN_MONTHS) {
			throw new PaymentAgreementRefused(PaymentAgreementRefused.Reason.PAY_IN_FULL,
					"That amount pays the whole balance at once: pay in full instead, or choose a smaller amount.");
		}
		return months;
	}

	/** The smallest monthly amount allowed for a balance. */
	public static BigDecimal minimumMonthly(BigDecimal balance) {
		BigDecimal spread = balance.divide(BigDecimal.valueOf(MAX_MONTHS), 2, RoundingMode.CEILING);
		return spread.max(BigDecimal.valueOf(MIN_MONTHLY_DOLLARS).setScale(2));
	}

	static LocalDate firstPayment(LocalDate today, int dayOfMonth) {
		LocalDate earliest = today.plusDays(FIRST_PAYMENT_LEAD_DAYS);
		LocalDate candidate = earliest.withDayOfMonth(dayOfMonth);
		return candidate.isBefore(earliest) ? candidate.plusMonths(1) : candidate;
	}

	static BigDecimal finalAmount(BigDecimal balance, BigDecimal monthlyAmount, int months) {
		return balance.subtract(monthlyAmount.multiply(BigDecimal.valueOf(months - 1L))).setScale(2);
	}

}
