package gov.irs.secureaccess.sources.phonecarrier;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +} then up to 15 digits). {@link #toString()}
 * hides it (DATA-3). {@link #isNanp()} tells a North American number
 * ({@code +1NXXNXXXXXX}); whether it is a US line is the carrier's answer, since Canada
 * shares +1.
 */
public final class PhoneNumber {

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

	private static final Pattern NANP = Pattern.compile("\\+1[2-9]\\d{2}[2-9]\\d{6}");

	private final String e164;

	private PhoneNumber(String e164) {
		this.e164 = e164;
	}

	/**
	 * A phone number from its E.164 form.
	 * @throws IllegalArgumentException with a reason that never contains the value
	 */
	public static PhoneNumber of(String e164) {
		Objects.requireNonNull(e164, "e164");
		String trimmed = e164.strip();
		if (!E164.matcher(trimmed).matches()) {
			throw new IllegalArgumentException("phone number must be E.164: + then 7 to 15 digits, no spaces");
		}
		if (trimmed.startsWith("+1") && !NANP.matcher(trimmed).matches()) {
			throw new IllegalArgumentException("a +1 phone number must be +1NXXNXXXXXX");
		}
		return new PhoneNumber(trimmed);
	}

	public String e164() {
		return this.e164;
	}

	public boolean isNanp() {
		return this.e164.startsWith("+1");
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof PhoneNumber number) && number.e164.equals(this.e164);
	}

	@Override
	public int hashCode() {
		return this.e164.hashCode();
	}

	@Override
	public String toString() {
		return "PhoneNumber[redacted]";
	}

}
