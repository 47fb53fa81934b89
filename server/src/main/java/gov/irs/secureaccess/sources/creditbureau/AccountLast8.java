package gov.irs.secureaccess.sources.creditbureau;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The last 8 digits of a financial account number. Never stored, never logged (DATA-2,
 * DATA-3): {@link #toString()} hides them; {@link #digits()} is for hashing only.
 */
public final class AccountLast8 {

	private static final Pattern DIGITS = Pattern.compile("\\d{8}");

	private final String digits;

	private AccountLast8(String digits) {
		this.digits = digits;
	}

	/**
	 * The last 8 digits of an account number.
	 * @throws IllegalArgumentException with a reason that never contains the value
	 */
	public static AccountLast8 of(String digits) {
		Objects.requireNonNull(digits, "digits");
		String trimmed = digits.strip();
		if (!DIGITS.matcher(trimmed).matches()) {
			throw new IllegalArgumentException("last 8 digits must be exactly 8 digits");
		}
		return new AccountLast8(trimmed);
	}

	public String digits() {
		return this.digits;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof AccountLast8 last8) && last8.digits.equals(this.digits);
	}

	@Override
	public int hashCode() {
		return this.digits.hashCode();
	}

	@Override
	public String toString() {
		return "AccountLast8[********]";
	}

}
