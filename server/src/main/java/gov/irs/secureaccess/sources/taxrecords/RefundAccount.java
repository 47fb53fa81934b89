package gov.irs.secureaccess.sources.taxrecords;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * REG-14: the bank account a refund was deposited into, as a return names it: the 9-digit
 * ABA routing number and the last 4 digits of the account number. Never stored, never
 * logged (DATA-2, DATA-3): {@link #toString()} hides both; the tax records keep only a
 * keyed hash.
 */
public final class RefundAccount {

	private static final Pattern ROUTING = Pattern.compile("\\d{9}");

	private static final Pattern LAST4 = Pattern.compile("\\d{4}");

	private final String routingNumber;

	private final String last4;

	private RefundAccount(String routingNumber, String last4) {
		this.routingNumber = routingNumber;
		this.last4 = last4;
	}

	/**
	 * A refund account from its routing number and the last 4 digits of the account.
	 * @throws IllegalArgumentException with a reason that never contains the values: the
	 * routing number must be 9 digits whose ABA check digit is right, the account's last
	 * 4 must be 4 digits
	 */
	public static RefundAccount of(String routingNumber, String last4) {
		Objects.requireNonNull(routingNumber, "routing number");
		Objects.requireNonNull(last4, "account last 4");
		String routing = routingNumber.strip();
		String digits = last4.strip();
		if (!isRoutingNumber(routing)) {
			throw new IllegalArgumentException("routing number must be 9 digits with a valid ABA check digit");
		}
		if (!LAST4.matcher(digits).matches()) {
			throw new IllegalArgumentException("account last 4 must be exactly 4 digits");
		}
		return new RefundAccount(routing, digits);
	}

	/**
	 * An ABA routing transit number: 9 digits, the first two a Federal Reserve routing
	 * symbol (00-12, 21-32, 61-72, or 80 for traveler's checks), and 3, 7, 1 weights
	 * summing to a multiple of 10 (the ABA's check digit).
	 */
	public static boolean isRoutingNumber(String value) {
		if (value == null || !ROUTING.matcher(value).matches()) {
			return false;
		}
		int prefix = Integer.parseInt(value.substring(0, 2));
		boolean symbol = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72)
				|| prefix == 80;
		int[] weights = { 3, 7, 1, 3, 7, 1, 3, 7, 1 };
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += weights[i] * (value.charAt(i) - '0');
		}
		return symbol && sum % 10 == 0;
	}

	/** For hashing only. */
	public String routingNumber() {
		return this.routingNumber;
	}

	/** For hashing only. */
	public String last4() {
		return this.last4;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof RefundAccount account) && account.routingNumber.equals(this.routingNumber)
				&& account.last4.equals(this.last4);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.routingNumber, this.last4);
	}

	@Override
	public String toString() {
		return "RefundAccount[*********, ****]";
	}

}
