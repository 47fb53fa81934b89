package gov.irs.secureaccess.messaging.letters;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The postal code and country of a letter's address block, for the print vendor's
 * manifest (sorting, postage): never the name or street. The block is the one
 * {@code RegistrationMessages} writes: name, street lines, then {@code CITY ST 12345} for
 * the US (also APO/FPO), or {@code CITY [REGION] POSTCODE} and the country's English name
 * on the last line for an address abroad. Best effort: what cannot be read is left empty.
 *
 * @param postalCode ZIP or foreign postal code, or empty
 * @param country ISO 3166 alpha-2 code, or empty
 */
record PostalDestination(String postalCode, String country) {

	private static final Pattern US_LAST_LINE = Pattern.compile(".*\\s[A-Z]{2}\\s+(\\d{5}(?:-\\d{4})?)");

	private static final Map<String, String> COUNTRY_BY_NAME = countriesByName();

	static PostalDestination of(String addressBlock) {
		String[] lines = addressBlock.strip().split("\\s*\n\\s*");
		String last = lines[lines.length - 1].strip();
		Matcher us = US_LAST_LINE.matcher(last);
		if (us.matches()) {
			return new PostalDestination(us.group(1), "US");
		}
		String country = COUNTRY_BY_NAME.getOrDefault(last.toUpperCase(Locale.ROOT), "");
		if (country.isEmpty() || lines.length < 2) {
			return new PostalDestination("", country);
		}
		String[] tokens = lines[lines.length - 2].strip().split("\\s+");
		int first = tokens.length;
		while (first > 1 && tokens[first - 1].chars().anyMatch(Character::isDigit)) {
			first--;
		}
		return new PostalDestination(String.join(" ", Arrays.copyOfRange(tokens, first, tokens.length)), country);
	}

	private static Map<String, String> countriesByName() {
		Map<String, String> byName = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			byName.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), code);
		}
		byName.put("UNITED STATES OF AMERICA", "US");
		byName.put("USA", "US");
		return Map.copyOf(byName);
	}

}
