package gov.irs.secureaccess.sources.taxrecords;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address on a return, as filed. US addresses (country {@code US}) need a USPS state
 * code and a ZIP or ZIP+4; military addresses use city APO, FPO or DPO with state AA, AE
 * or AP. Addresses abroad keep their own postal format; state/province and postal code
 * may then be absent. Line 2 may be null.
 */
public record Address(String line1, String line2, String city, String state, String postalCode, String country) {

	public static final String US = "US";

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> MILITARY_STATES = Set.of("AA", "AE", "AP");

	private static final Set<String> MILITARY_CITIES = Set.of("APO", "FPO", "DPO");

	private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
			"GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
			"NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
			"VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP", "AA", "AE", "AP");

	private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

	public Address {
		line1 = required(line1, "address line 1");
		line2 = optional(line2);
		city = required(city, "city");
		state = optional(state);
		postalCode = optional(postalCode);
		country = required(country, "country").toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code");
		}
		if (US.equals(country)) {
			if (state == null || !US_STATES.contains(state)) {
				throw new IllegalArgumentException("state must be a USPS state code for a US address");
			}
			if (postalCode == null || !ZIP.matcher(postalCode).matches()) {
				throw new IllegalArgumentException(
						"postal code must be a ZIP (NNNNN) or ZIP+4 (NNNNN-NNNN) for a US address");
			}
			if (MILITARY_STATES.contains(state) != MILITARY_CITIES.contains(city)) {
				throw new IllegalArgumentException(
						"military addresses need city APO, FPO or DPO with state AA, AE or AP");
			}
		}
	}

	public boolean isAbroad() {
		return !US.equals(this.country);
	}

	public boolean isMilitary() {
		return MILITARY_STATES.contains(this.state) && US.equals(this.country);
	}

	@Override
	public String toString() {
		return "Address[redacted, country=" + this.country + "]";
	}

	private static String required(String value, String what) {
		Objects.requireNonNull(value, what);
		if (value.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		return value.strip();
	}

	private static String optional(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
