package gov.irs.secureaccess.taxapps.payments;

/**
 * A payment plan that breaks a rule of {@link PaymentPlanRules}, or a second active plan;
 * the message is safe to show.
 */
public final class PaymentAgreementRefused extends RuntimeException {

	public enum Reason {

		NO_BALANCE, BALANCE_TOO_HIGH, AMOUNT_INVALID, AMOUNT_TOO_LOW, PAY_IN_FULL, DAY_INVALID, ALREADY_ACTIVE,
		NONE_ACTIVE

	}

	private final Reason reason;

	public PaymentAgreementRefused(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
