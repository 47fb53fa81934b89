package gov.irs.secureaccess.registration.address;

import java.util.List;

/**
 * Cities known under more than one name (exonyms, local names, common short forms). Diacritics and Saint/St are
 * handled by {@link AddressText}; this table is only for names that differ in their letters.
 */
final class CityAliases {

	private static final NameTable ALIASES = new NameTable(List.of(
			"Ciudad de México|Mexico City|CDMX|México DF|Mexico D F", "München|Munich|Muenchen", "Köln|Cologne|Koeln",
			"Nürnberg|Nuremberg|Nuernberg", "Hannover|Hanover", "Frankfurt am Main|Frankfurt|Frankfurt a.M.|Frankfurt/Main",
			"Firenze|Florence", "Roma|Rome", "Milano|Milan", "Napoli|Naples", "Torino|Turin", "Venezia|Venice",
			"Wien|Vienna", "Praha|Prague", "Lisboa|Lisbon", "Zürich|Zuerich|Zurich", "Genève|Geneva|Genf",
			"Bruxelles|Brussels|Brussel", "København|Copenhagen|Kobenhavn", "Warszawa|Warsaw", "Athina|Athens",
			"Moskva|Moscow", "Den Haag|The Hague|s-Gravenhage", "Göteborg|Gothenburg|Goeteborg",
			"Bengaluru|Bangalore", "Mumbai|Bombay", "Kolkata|Calcutta", "Chennai|Madras",
			"Makati City|Makati", "Tel Aviv|Tel Aviv-Yafo|Tel Aviv-Jaffa", "Québec|Quebec City|Ville de Québec",
			"New York|New York City|NYC"));

	private CityAliases() {
	}

	/** Every way to write the city, longest first. */
	static List<List<String>> forms(String city) {
		return ALIASES.forms(AddressText.tokens(city));
	}

}
