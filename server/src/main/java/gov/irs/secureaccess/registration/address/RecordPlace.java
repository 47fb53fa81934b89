package gov.irs.secureaccess.registration.address;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.sources.taxrecords.Address;

/**
 * The city, state, country and postal code of the record, and every accepted way to write each of them: city
 * aliases, state codes or names, country codes or names, the postal code with or without its space (H3B 1A5 =
 * H3B1A5) and a ZIP with or without its +4.
 */
final class RecordPlace {

	enum Part {

		CITY, STATE, COUNTRY, POSTAL

	}

	private final Address record;

	private final Map<Part, List<List<String>>> forms = new EnumMap<>(Part.class);

	private final String postal;

	private final boolean cityKnown;

	/**
	 * @param postalWhenRecordHasNone the entered postal code, used only when the record has none, so that it can be
	 * found in the record's lines (the IRS may keep the postal code of an address abroad in line 1).
	 */
	RecordPlace(Address record, String postalWhenRecordHasNone) {
		this.record = record;
		// Seed 001: the record may hold the country in its city field ("Canada"); its city is then unknown.
		this.cityKnown = !record.country().equals(CountryNames.resolve(record.city()));
		this.forms.put(Part.CITY, this.cityKnown ? CityAliases.forms(record.city()) : List.of());
		this.forms.put(Part.STATE, (record.state() != null) ? StateNames.forms(record.country(), record.state())
				: List.of());
		this.forms.put(Part.COUNTRY, CountryNames.forms(record.country()));
		String postal = (record.postalCode() != null) ? record.postalCode() : postalWhenRecordHasNone;
		this.postal = compact(postal);
	}

	Address record() {
		return this.record;
	}

	boolean cityKnown() {
		return this.cityKnown;
	}

	boolean recordHasPostal() {
		return this.record.postalCode() != null;
	}

	boolean stateRequired() {
		return !this.record.isAbroad();
	}

	/** How many tokens from {@code start} write the part (0 when none does); the longest form wins. */
	int matchAt(List<String> tokens, int start, Part part) {
		if (part == Part.POSTAL) {
			for (int length = 2; length >= 1; length--) {
				if (start + length <= tokens.size() && isPostal(String.join("", tokens.subList(start, start + length)))) {
					return length;
				}
			}
			return 0;
		}
		for (List<String> form : this.forms.get(part)) {
			if (start + form.size() <= tokens.size() && tokens.get(start).equals(form.get(0))
					&& tokens.subList(start, start + form.size()).equals(form)) {
				return form.size();
			}
		}
		return 0;
	}

	/** How many tokens ending just before {@code end} write the part (0 when none does). */
	int matchEndingAt(List<String> tokens, int end, Part part) {
		for (int length = Math.min(end, 8); length >= 1; length--) {
			if (matchAt(tokens, end - length, part) == length) {
				return length;
			}
		}
		return 0;
	}

	/**
	 * ZIP or ZIP+4 for a US record (98101 = 98101-1234 = 981011234; a +4 must equal the record's when both have one);
	 * the same letters and digits abroad.
	 */
	private boolean isPostal(String typedTokens) {
		String value = lettersAndDigits(typedTokens);
		if (this.postal.isEmpty() || value.isEmpty()) {
			return false;
		}
		if (this.record.isAbroad()) {
			return value.equals(this.postal);
		}
		String zip = this.postal.substring(0, Math.min(5, this.postal.length()));
		if (value.length() == 5) {
			return value.equals(zip);
		}
		if (value.length() == 4 && zip.startsWith("0")) {
			return value.equals(zip.substring(1)); // the leading zero a spreadsheet drops: 2108 = 02108
		}
		return value.length() == 9 && value.chars().allMatch(Character::isDigit) && value.startsWith(zip)
				&& (this.postal.length() != 9 || value.equals(this.postal));
	}

	private static String compact(String postal) {
		return (postal == null) ? "" : lettersAndDigits(AddressText.fold(postal));
	}

	private static String lettersAndDigits(String folded) {
		StringBuilder kept = new StringBuilder(folded.length());
		folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
		return kept.toString();
	}

}
