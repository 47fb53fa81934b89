package gov.irs.secureaccess.registration.address;

import java.util.Set;

/**
 * How the post of a country writes the street part of an address, as far as the
 * comparison needs to know. Both the record and the entry are read with the convention of
 * the record's country (a different country is a mismatch anyway).
 *
 * @param country ISO 3166 alpha-2 code of the record
 * @param leadingPair what "A-B", "A/B" or "A B" before the street name means: US Queens
 * and Hawaii numbers (107-15 = 10715), Canada's unit-number (1205-88 = unit 1205 of
 * number 88), Australia's unit/number (5/12 = unit 5 of number 12), Edinburgh's
 * number/flat and Glasgow's flat position (12/3, Flat 2/1), Japan's block address
 * (1-2-3), or a house number as written (India's 8-2-293/82/A)
 * @param numberThenUnit a number/unit after the street (Herzl 15/4, Marszałkowska 10/15,
 * Mariahilfer Straße 45/3/12)
 * @param hashIsNumber "#" announces the house number (Mexico's Calle 60 #491), not a unit
 * @param unitsInOrder the floor, staircase and door after the number are one unit written
 * in order (Spain's 3º B, Denmark's 3. th., Austria's /3/12), not designators that can be
 * swapped
 * @param typeRequired a street type written on one side only is a different street (Main
 * St vs Main); abroad it is often omitted or translated (Herzl St 15 = Herzl 15)
 * @param numberInName a number after the street type is part of the name (Singapore's Ang
 * Mo Kio Ave 3)
 */
record Convention(String country, LeadingPair leadingPair, boolean numberThenUnit, boolean hashIsNumber,
		boolean unitsInOrder, boolean typeRequired, boolean numberInName) {

	enum LeadingPair {

		JOINED, UNIT_NUMBER, UNIT_SLASH_NUMBER, NUMBER_SLASH_FLAT, BLOCK, AS_WRITTEN

	}

	private static final Set<String> US_POSTAL = Set.of("US", "PR", "GU", "VI", "AS", "MP", "UM");

	private static final Set<String> TYPE_REQUIRED = Set.of("US", "PR", "GU", "VI", "AS", "MP", "CA", "GB", "IE", "AU",
			"NZ", "ZA");

	/**
	 * Latin America writes "#" for the house number ("Carrera 7 # 71-21", "Calle 60
	 * #491").
	 */
	private static final Set<String> HASH_IS_NUMBER = Set.of("MX", "CO", "GT", "HN", "SV", "NI", "CR", "PA", "DO", "VE",
			"EC", "PE", "BO", "CL", "AR", "UY", "PY", "CU", "PH");

	/** Where the house number follows the street and the dwelling is written after it. */
	private static final Set<String> NUMBER_AFTER = Set.of("DE", "AT", "CH", "LI", "NL", "BE", "LU", "DK", "NO", "SE",
			"FI", "IS", "PL", "CZ", "SK", "HU", "SI", "HR", "RS", "BA", "RO", "BG", "GR", "TR", "IT", "ES", "PT", "BR",
			"AR", "CL", "UY", "PY", "BO", "PE", "EC", "CO", "VE", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "DO", "CU",
			"IL", "RU", "UA", "BY", "EE", "LV", "LT");

	static Convention of(String country) {
		LeadingPair pair = switch (country) {
			case "US", "PR", "GU", "VI", "AS", "MP", "UM" -> LeadingPair.JOINED;
			case "CA" -> LeadingPair.UNIT_NUMBER;
			case "AU", "NZ" -> LeadingPair.UNIT_SLASH_NUMBER;
			case "GB", "IE" -> LeadingPair.NUMBER_SLASH_FLAT;
			case "JP" -> LeadingPair.BLOCK;
			default -> LeadingPair.AS_WRITTEN;
		};
		boolean after = NUMBER_AFTER.contains(country);
		return new Convention(country, pair, after, HASH_IS_NUMBER.contains(country), after,
				TYPE_REQUIRED.contains(country), country.equals("SG") || country.equals("MY"));
	}

	boolean usPostal() {
		return US_POSTAL.contains(this.country);
	}

}
