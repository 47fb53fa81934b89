package gov.irs.secureaccess.registration.address;

/**
 * The address as a person typed it into the registration form (REG-2): free text, any
 * field may be null or blank, and nothing is validated or rejected here. The country may
 * be a code ("CA"), a name in English or in the local language ("Canada", "Deutschland",
 * "UK") or empty, which means the United States.
 */
public record EnteredAddress(String line1, String line2, String city, String state, String postalCode, String country) {

	/** A US address typed with no country. */
	public static EnteredAddress us(String line1, String line2, String city, String state, String zip) {
		return new EnteredAddress(line1, line2, city, state, zip, null);
	}

	public EnteredAddress withCountry(String typedCountry) {
		return new EnteredAddress(this.line1, this.line2, this.city, this.state, this.postalCode, typedCountry);
	}

	boolean anyFieldLongerThan(int limit) {
		return longer(this.line1, limit) || longer(this.line2, limit) || longer(this.city, limit)
				|| longer(this.state, limit) || longer(this.postalCode, limit) || longer(this.country, limit);
	}

	private static boolean longer(String value, int limit) {
		return value != null && value.length() > limit;
	}

	@Override
	public String toString() {
		return "EnteredAddress[redacted]";
	}

}
