package gov.irs.secureaccess.sources;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Social Security number the sources accept: synthetic only, in a range the SSA never
 * issues (area 666 or 900-999), with a group other than 00 and a serial other than 0000.
 * {@link #toString()} never shows the digits (DATA-3); use {@link #formatted()} only
 * where the value must be shown or hashed.
 */
public final class Ssn {

	private static final Pattern FORMAT = Pattern.compile("\\d{3}-?\\d{2}-?\\d{4}");

	private final String digits;

	private Ssn(String digits) {
		this.digits = digits;
	}

	/**
	 * Reads {@code 666-12-3456} or {@code 666123456}.
	 * @throws IllegalArgumentException with a reason that never contains the value
	 */
	public static Ssn parse(String text) {
		Objects.requireNonNull(text, "ssn");
		String trimmed = text.trim();
		if (!FORMAT.matcher(trimmed).matches()) {
			throw new IllegalArgumentException("ssn must be 9 digits, written NNN-NN-NNNN or NNNNNNNNN");
		}
		String digits = trimmed.replace("-", "");
		if (trimmed.contains("-") && trimmed.length() != 11) {
			throw new IllegalArgumentException("ssn must be 9 digits, written NNN-NN-NNNN or NNNNNNNNN");
		}
		int area = Integer.parseInt(digits.substring(0, 3));
		if (!isNeverIssuedArea(area)) {
			throw new IllegalArgumentException("ssn is not in a never-issued range (area 666 or 900-999)");
		}
		if (digits.startsWith("00", 3) || digits.endsWith("0000")) {
			throw new IllegalArgumentException("ssn group 00 and serial 0000 are not allowed");
		}
		return new Ssn(digits);
	}

	public static boolean isNeverIssuedArea(int area) {
		return area == 666 || (area >= 900 && area <= 999);
	}

	/** {@code NNN-NN-NNNN}: the canonical form, also the input of keyed hashes. */
	public String formatted() {
		return this.digits.substring(0, 3) + "-" + this.digits.substring(3, 5) + "-" + this.digits.substring(5);
	}

	public int area() {
		return Integer.parseInt(this.digits.substring(0, 3));
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Ssn ssn) && ssn.digits.equals(this.digits);
	}

	@Override
	public int hashCode() {
		return this.digits.hashCode();
	}

	@Override
	public String toString() {
		return "Ssn[***-**-****]";
	}

}
