package gov.irs.secureaccess.sources.generator;

import java.util.List;
import java.util.Random;

/**
 * US cities with a real 3-digit ZIP prefix and area code, and street names (USPS
 * abbreviations and full words).
 */
final class UsPlaces {

	record City(String name, String state, String zip3, String areaCode) {
	}

	static final List<City> CITIES = List.of(new City("New York", "NY", "100", "212"),
			new City("Brooklyn", "NY", "112", "718"), new City("Buffalo", "NY", "142", "716"),
			new City("Los Angeles", "CA", "900", "213"), new City("San Diego", "CA", "921", "619"),
			new City("San Jose", "CA", "951", "408"), new City("Sacramento", "CA", "958", "916"),
			new City("Chicago", "IL", "606", "312"), new City("Springfield", "IL", "627", "217"),
			new City("Houston", "TX", "770", "713"), new City("Dallas", "TX", "752", "214"),
			new City("San Antonio", "TX", "782", "210"), new City("Austin", "TX", "787", "512"),
			new City("El Paso", "TX", "799", "915"), new City("Phoenix", "AZ", "850", "602"),
			new City("Tucson", "AZ", "857", "520"), new City("Philadelphia", "PA", "191", "215"),
			new City("Pittsburgh", "PA", "152", "412"), new City("Jacksonville", "FL", "322", "904"),
			new City("Miami", "FL", "331", "305"), new City("Tampa", "FL", "336", "813"),
			new City("Columbus", "OH", "432", "614"), new City("Cleveland", "OH", "441", "216"),
			new City("Charlotte", "NC", "282", "704"), new City("Raleigh", "NC", "276", "919"),
			new City("Indianapolis", "IN", "462", "317"), new City("Seattle", "WA", "981", "206"),
			new City("Spokane", "WA", "992", "509"), new City("Denver", "CO", "802", "303"),
			new City("Washington", "DC", "200", "202"), new City("Boston", "MA", "021", "617"),
			new City("Nashville", "TN", "372", "615"), new City("Memphis", "TN", "381", "901"),
			new City("Detroit", "MI", "482", "313"), new City("Grand Rapids", "MI", "495", "616"),
			new City("Portland", "OR", "972", "503"), new City("Las Vegas", "NV", "891", "702"),
			new City("Louisville", "KY", "402", "502"), new City("Baltimore", "MD", "212", "410"),
			new City("Milwaukee", "WI", "532", "414"), new City("Albuquerque", "NM", "871", "505"),
			new City("Atlanta", "GA", "303", "404"), new City("Kansas City", "MO", "641", "816"),
			new City("Omaha", "NE", "681", "402"), new City("Minneapolis", "MN", "554", "612"),
			new City("New Orleans", "LA", "701", "504"), new City("Newark", "NJ", "071", "973"),
			new City("Salt Lake City", "UT", "841", "801"), new City("Birmingham", "AL", "352", "205"),
			new City("Anchorage", "AK", "995", "907"), new City("Honolulu", "HI", "968", "808"),
			new City("Boise", "ID", "837", "208"), new City("Des Moines", "IA", "503", "515"),
			new City("Burlington", "VT", "054", "802"), new City("Cheyenne", "WY", "820", "307"),
			new City("San Juan", "PR", "009", "787"), new City("Saint Louis", "MO", "631", "314"),
			new City("Fort Wayne", "IN", "468", "260"), new City("Little Rock", "AR", "722", "501"));

	private static final List<String> STREETS = List.of("Main", "Oak", "Maple", "Cedar", "Elm", "Washington", "Lake",
			"Hill", "Park", "Pine", "Sunset", "Lincoln", "Jackson", "Church", "Highland", "Forest", "River", "Spring",
			"Meadow", "Willow", "Franklin", "Jefferson", "Madison", "Center", "Mill", "Walnut", "Chestnut", "Ridge",
			"Valley", "2nd", "3rd", "5th", "Broad", "Market", "Union", "Prospect", "Cherry", "Magnolia", "Dogwood",
			"Lakeview", "Martin Luther King Jr", "Country Club", "Old Mill", "Peachtree", "Glenwood", "Cottonwood");

	/** USPS abbreviation and full word. */
	private static final List<String[]> TYPES = List.of(new String[] { "St", "Street" },
			new String[] { "Ave", "Avenue" }, new String[] { "Rd", "Road" }, new String[] { "Dr", "Drive" },
			new String[] { "Ln", "Lane" }, new String[] { "Blvd", "Boulevard" }, new String[] { "Ct", "Court" },
			new String[] { "Way", "Way" }, new String[] { "Pl", "Place" }, new String[] { "Ter", "Terrace" },
			new String[] { "Cir", "Circle" }, new String[] { "Pkwy", "Parkway" });

	private static final List<String[]> DIRECTIONS = List.of(new String[] { "N", "North" },
			new String[] { "S", "South" }, new String[] { "E", "East" }, new String[] { "W", "West" },
			new String[] { "NW", "Northwest" });

	private static final List<String> UNITS = List.of("Apt", "Apt", "Apt", "Apartment", "Unit", "Ste", "Suite", "#",
			"Apt.", "Fl");

	private UsPlaces() {
	}

	static String streetLine(Random random) {
		boolean abbreviated = random.nextInt(100) < 70;
		int number = (random.nextInt(100) < 60) ? 100 + random.nextInt(9900) : 1 + random.nextInt(99);
		StringBuilder line = new StringBuilder().append(number).append(' ');
		if (random.nextInt(100) < 12) {
			line.append(Names.pick(random, DIRECTIONS)[abbreviated ? 0 : 1]).append(' ');
		}
		line.append(Names.pick(random, STREETS)).append(' ');
		line.append(Names.pick(random, TYPES)[abbreviated ? 0 : 1]);
		return line.toString();
	}

	static String unit(Random random) {
		String kind = Names.pick(random, UNITS);
		String number = switch (random.nextInt(4)) {
			case 0 -> (1 + random.nextInt(30)) + String.valueOf((char) ('A' + random.nextInt(6)));
			case 1 -> String.valueOf(100 * (1 + random.nextInt(12)) + random.nextInt(20));
			default -> String.valueOf(1 + random.nextInt(300));
		};
		return kind + " " + number;
	}

	static String zip(Random random, City city) {
		String zip = city.zip3() + String.format("%02d", 1 + random.nextInt(98));
		return (random.nextInt(100) < 20) ? zip + "-" + String.format("%04d", 1 + random.nextInt(9998)) : zip;
	}

}
