package gov.irs.secureaccess.taxapps.transcripts;

import java.util.Locale;

import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.Address;

/**
 * How transcripts show personal data, as the IRS's own transcripts do: the last four
 * digits of the SSN, the first four letters of each name, the first six characters of the
 * street; amounts and the rest of the address in full. A transcript that leaks from a
 * printer or a browser tab then gives little away.
 */
final class Masking {

	private Masking() {
	}

	static String ssn(Ssn ssn) {
		return "XXX-XX-" + ssn.formatted().substring(7);
	}

	static String name(PersonName name) {
		return word(name.first(), 4) + " " + word(name.last(), 4);
	}

	static String street(String line) {
		return word(line, 6);
	}

	static String payer(String payer) {
		return word(payer, 4);
	}

	static String place(Address address) {
		StringBuilder place = new StringBuilder(address.city());
		if (address.state() != null) {
			place.append(", ").append(address.state());
		}
		if (address.postalCode() != null) {
			place.append(' ').append(address.postalCode());
		}
		if (address.isAbroad()) {
			place.append(' ').append(address.country());
		}
		return place.toString();
	}

	/**
	 * Keeps the first {@code keep} characters (by code point) of a value and masks the
	 * rest with X.
	 */
	static String word(String value, int keep) {
		String upper = value.toUpperCase(Locale.ROOT);
		int[] points = upper.codePoints().toArray();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < points.length; i++) {
			out.appendCodePoint((i < keep || points[i] == ' ') ? points[i] : 'X');
		}
		return out.toString();
	}

}
