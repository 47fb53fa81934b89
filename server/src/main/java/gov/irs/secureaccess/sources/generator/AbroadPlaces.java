package gov.irs.secureaccess.sources.generator;

import java.util.List;
import java.util.Random;

import gov.irs.secureaccess.sources.taxrecords.Address;

/**
 * Addresses abroad, each country in its own postal format (street/number order, postal
 * code shape).
 */
final class AbroadPlaces {

	/** Countries other than the four main ones, written as filers write them. */
	static final List<String> OTHER_COUNTRIES = List.of("FR", "JP", "AU", "IN", "PH", "KR", "IT", "IL");

	private static final String LETTERS = "ABCEGHJKLMNPRSTVWXYZ";

	private AbroadPlaces() {
	}

	static Address canada(Random random) {
		String[][] cities = { { "Toronto", "ON", "M" }, { "Ottawa", "ON", "K" }, { "Montréal", "QC", "H" },
				{ "Vancouver", "BC", "V" }, { "Calgary", "AB", "T" }, { "Halifax", "NS", "B" } };
		String[] city = cities[random.nextInt(cities.length)];
		String street = Names.pick(random, List.of("Queen Street West", "Rue Sainte-Catherine Ouest", "Yonge Street",
				"Granville Street", "Boulevard René-Lévesque", "Bank Street", "17 Avenue SW", "Spring Garden Road"));
		String postal = city[2] + random.nextInt(10) + letter(random) + " " + random.nextInt(10) + letter(random)
				+ random.nextInt(10);
		String line2 = (random.nextInt(100) < 30) ? "Suite " + (100 + random.nextInt(1900)) : null;
		return new Address((1 + random.nextInt(2500)) + " " + street, line2, city[0], city[1], postal, "CA");
	}

	static Address unitedKingdom(Random random) {
		String[][] cities = { { "London", "SW1A" }, { "London", "NW3" }, { "London", "E14" }, { "Manchester", "M4" },
				{ "Birmingham", "B15" }, { "Edinburgh", "EH3" }, { "Bristol", "BS8" }, { "Cardiff", "CF10" } };
		String[] city = cities[random.nextInt(cities.length)];
		String street = (1 + random.nextInt(180)) + " " + Names.pick(random, List.of("Kensington Gardens Square",
				"Baker Street", "Station Road", "High Street", "Victoria Road", "Church Lane", "Queens Drive"));
		String postcode = city[1] + " " + random.nextInt(10) + letter(random) + letter(random);
		if (random.nextInt(100) < 35) {
			return new Address("Flat " + (1 + random.nextInt(40)), street, city[0], null, postcode, "GB");
		}
		return new Address(street, null, city[0], null, postcode, "GB");
	}

	static Address mexico(Random random) {
		String[][] cities = { { "Ciudad de México", "CDMX", "06" }, { "Guadalajara", "JAL", "44" },
				{ "Monterrey", "NL", "64" }, { "Puebla", "PUE", "72" }, { "Mérida", "YUC", "97" } };
		String[] city = cities[random.nextInt(cities.length)];
		String street = Names.pick(random, List.of("Av. Paseo de la Reforma", "Calle Hidalgo", "Av. Insurgentes Sur",
				"Calle Morelos", "Av. Juárez", "Calle 60"));
		String colonia = "Col. "
				+ Names.pick(random, List.of("Centro", "Juárez", "Roma Norte", "Del Valle", "Americana", "San Benito"));
		String postal = city[2] + String.format("%03d", random.nextInt(1000));
		return new Address(street + " " + (1 + random.nextInt(2000)), colonia, city[0], city[1], postal, "MX");
	}

	static Address germany(Random random) {
		String[][] cities = { { "Berlin", "10" }, { "München", "80" }, { "Hamburg", "20" }, { "Köln", "50" },
				{ "Frankfurt am Main", "60" }, { "Stuttgart", "70" } };
		String[] city = cities[random.nextInt(cities.length)];
		String street = Names.pick(random, List.of("Hauptstraße", "Friedrichstraße", "Schillerstraße", "Bahnhofstr.",
				"Goethestraße", "Am Markt", "Lindenallee"));
		String postal = city[1] + String.format("%03d", 100 + random.nextInt(900));
		return new Address(street + " " + (1 + random.nextInt(150)), null, city[0], null, postal, "DE");
	}

	static Address other(Random random, String country) {
		int n = 1 + random.nextInt(200);
		return switch (country) {
			case "FR" ->
				new Address(n + " Rue de Rivoli", null, "Paris", null, "750" + (10 + random.nextInt(10)), "FR");
			case "JP" -> new Address("1-" + (1 + random.nextInt(20)) + "-" + n + " Jingumae", null, "Shibuya-ku",
					"Tokyo", "150-0001", "JP");
			case "AU" -> new Address(n + " George St", null, "Sydney", "NSW", "2000", "AU");
			case "IN" -> new Address(n + " MG Road", "Ashok Nagar", "Bengaluru", "Karnataka", "560001", "IN");
			case "PH" -> new Address(n + " Ayala Avenue", null, "Makati City", "Metro Manila", "1226", "PH");
			case "KR" -> new Address(n + " Teheran-ro, Gangnam-gu", null, "Seoul", null, "06236", "KR");
			case "IT" -> new Address("Via Roma " + n, null, "Firenze", "FI", "50123", "IT");
			case "IL" -> new Address(n + " Rothschild Blvd", null, "Tel Aviv", null, "6688101", "IL");
			default -> throw new IllegalArgumentException("no address format for " + country);
		};
	}

	private static char letter(Random random) {
		return LETTERS.charAt(random.nextInt(LETTERS.length()));
	}

}
