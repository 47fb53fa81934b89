package gov.irs.secureaccess.taxapps.ippin;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Identity Protection PIN: six digits, valid for one calendar year (the filing
 * season). {@link #toString()} never shows the digits (DATA-3).
 */
public record IpPin(int year, String pin) {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	public IpPin {
		Objects.requireNonNull(pin, "pin");
		if (!SIX_DIGITS.matcher(pin).matches()) {
			throw new IllegalArgumentException("an IP PIN is six digits");
		}
	}

	@Override
	public String toString() {
		return "IpPin[year=" + this.year + ", pin=******]";
	}

}
