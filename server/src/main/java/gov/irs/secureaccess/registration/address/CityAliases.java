package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cities known under more than one name ({@code city-aliases.txt}: exonyms, local and
 * former names, short forms). Accents, spacing and Saint/St are handled by
 * {@link PlaceKey}; this table is only for names that differ in their letters.
 */
final class CityAliases {

	private static final Map<String, List<List<String>>> ROWS = new HashMap<>();

	static {
		for (String line : AddressData.lines("city-aliases.txt")) {
			List<List<String>> forms = new ArrayList<>();
			for (String name : line.split("\\|")) {
				forms.add(AddressText.tokens(name));
			}
			for (List<String> form : forms) {
				ROWS.putIfAbsent(PlaceKey.of(form, ""), List.copyOf(forms));
			}
		}
	}

	private CityAliases() {
	}

	/** Every way to write the city (the city itself first). */
	static List<List<String>> forms(List<String> city) {
		List<List<String>> forms = new ArrayList<>();
		forms.add(city);
		int end = city.size();
		while (end > 1 && city.get(end - 1).matches("\\d+|[a-z]")) {
			end--; // "København N", "Dublin 2": the district stays, the city has its
					// other names
		}
		List<String> district = city.subList(end, city.size());
		for (List<String> alias : ROWS.getOrDefault(PlaceKey.of(city.subList(0, end), ""), List.of())) {
			List<String> form = new ArrayList<>(alias);
			form.addAll(district);
			if (!form.equals(city)) {
				forms.add(form);
			}
		}
		return forms;
	}

}
