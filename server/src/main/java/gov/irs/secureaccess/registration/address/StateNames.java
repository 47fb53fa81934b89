package gov.irs.secureaccess.registration.address;

import java.util.List;
import java.util.Map;

/** States and provinces, as codes or names (Ohio/OH, Quebec/Québec/QC, Armed Forces Europe/AE). */
final class StateNames {

	private static final NameTable US = new NameTable(List.of("AL|Alabama", "AK|Alaska", "AZ|Arizona", "AR|Arkansas",
			"CA|California|Calif", "CO|Colorado", "CT|Connecticut", "DE|Delaware", "DC|District of Columbia",
			"FL|Florida", "GA|Georgia", "HI|Hawaii", "ID|Idaho", "IL|Illinois", "IN|Indiana", "IA|Iowa", "KS|Kansas",
			"KY|Kentucky", "LA|Louisiana", "ME|Maine", "MD|Maryland", "MA|Massachusetts|Mass", "MI|Michigan",
			"MN|Minnesota", "MS|Mississippi", "MO|Missouri", "MT|Montana", "NE|Nebraska", "NV|Nevada",
			"NH|New Hampshire", "NJ|New Jersey", "NM|New Mexico", "NY|New York", "NC|North Carolina",
			"ND|North Dakota", "OH|Ohio", "OK|Oklahoma", "OR|Oregon", "PA|Pennsylvania|Penn", "RI|Rhode Island",
			"SC|South Carolina", "SD|South Dakota", "TN|Tennessee", "TX|Texas", "UT|Utah", "VT|Vermont",
			"VA|Virginia", "WA|Washington|Wash", "WV|West Virginia", "WI|Wisconsin", "WY|Wyoming", "PR|Puerto Rico",
			"GU|Guam", "VI|Virgin Islands|US Virgin Islands", "AS|American Samoa", "MP|Northern Mariana Islands",
			"AA|Armed Forces Americas", "AE|Armed Forces Europe|Armed Forces Africa|Armed Forces Middle East",
			"AP|Armed Forces Pacific"));

	private static final NameTable CANADA = new NameTable(List.of("AB|Alberta", "BC|British Columbia|Colombie-Britannique",
			"MB|Manitoba", "NB|New Brunswick|Nouveau-Brunswick",
			"NL|Newfoundland and Labrador|Newfoundland|Terre-Neuve-et-Labrador", "NS|Nova Scotia|Nouvelle-Écosse",
			"NT|Northwest Territories|Territoires du Nord-Ouest", "NU|Nunavut", "ON|Ontario|Ont",
			"PE|Prince Edward Island|Île-du-Prince-Édouard|PEI", "QC|Quebec|Québec|PQ|Que", "SK|Saskatchewan",
			"YT|Yukon"));

	private static final NameTable MEXICO = new NameTable(List.of("AGU|Aguascalientes", "BCN|Baja California",
			"BCS|Baja California Sur", "CAM|Campeche", "CHP|Chiapas", "CHH|Chihuahua",
			"CMX|CDMX|Ciudad de México|Distrito Federal|DF", "COA|Coahuila", "COL|Colima", "DUR|Durango",
			"GUA|Guanajuato", "GRO|Guerrero", "HID|Hidalgo", "JAL|Jalisco", "MEX|Estado de México|Edomex",
			"MIC|Michoacán", "MOR|Morelos", "NAY|Nayarit", "NLE|NL|Nuevo León", "OAX|Oaxaca", "PUE|Puebla",
			"QUE|Querétaro", "ROO|Quintana Roo", "SLP|San Luis Potosí", "SIN|Sinaloa", "SON|Sonora", "TAB|Tabasco",
			"TAM|Tamaulipas", "TLA|Tlaxcala", "VER|Veracruz", "YUC|Yucatán", "ZAC|Zacatecas"));

	private static final NameTable AUSTRALIA = new NameTable(List.of("NSW|New South Wales", "VIC|Victoria",
			"QLD|Queensland", "WA|Western Australia", "SA|South Australia", "TAS|Tasmania",
			"ACT|Australian Capital Territory", "NT|Northern Territory"));

	private static final Map<String, NameTable> BY_COUNTRY = Map.of("US", US, "CA", CANADA, "MX", MEXICO, "AU",
			AUSTRALIA);

	private static final NameTable NONE = new NameTable(List.of());

	private StateNames() {
	}

	/** Every way to write the state of the record, longest first. */
	static List<List<String>> forms(String country, String state) {
		return table(country).forms(AddressText.tokens(state));
	}

	/** Whether the tokens name a state or province of the country (any of them). */
	static boolean isState(String country, List<String> tokens) {
		return table(country).contains(tokens);
	}

	private static NameTable table(String country) {
		return BY_COUNTRY.getOrDefault(country, NONE);
	}

}
