package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The states, provinces, prefectures, cantons and counties of each country, with every
 * name and code people write for them ({@code regions.txt} from Google's address
 * metadata, {@code regions-local.txt} ours) and, where the data has it, the postal codes
 * that lie in each (so "Karnataka" can be checked against a PIN code starting 56).
 */
final class Regions {

	/**
	 * One region: its key, the pattern its postal codes start with (null when unknown)
	 * and its names' place keys.
	 */
	record Region(String country, String key, Pattern postalPrefix, List<String> names) {

		boolean holdsPostalCode(String compactPostal) {
			return this.postalPrefix == null || this.postalPrefix.matcher(compactPostal).lookingAt();
		}

	}

	private static final Map<String, Map<String, Region>> BY_COUNTRY = new HashMap<>();

	private static final Map<String, Map<String, Region>> BY_NAME = new HashMap<>();

	static {
		Map<String, Map<String, List<String>>> names = new LinkedHashMap<>();
		Map<String, String> prefixes = new HashMap<>();
		for (String file : List.of("regions.txt", "regions-local.txt")) {
			for (String line : AddressData.lines(file)) {
				String[] cells = AddressData.cells(line, 4);
				String id = cells[0] + "/" + cells[1];
				List<String> forms = names.computeIfAbsent(cells[0], (c) -> new LinkedHashMap<>())
					.computeIfAbsent(cells[1], (k) -> new ArrayList<>());
				forms.add(cells[1]);
				forms.addAll(List.of(cells[3].split("\\|")));
				if (!cells[2].isEmpty()) {
					prefixes.putIfAbsent(id, cells[2]);
				}
			}
		}
		names.forEach((country, regions) -> regions.forEach((key, forms) -> {
			String prefix = prefixes.get(country + "/" + key);
			List<String> placeKeys = new ArrayList<>();
			for (String form : forms) {
				String placeKey = PlaceKey.of(AddressText.tokens(form), country);
				// A bare number (JP 13, AT 9) is a code no one types for a region; it
				// would only eat postal codes.
				if (!placeKey.isEmpty() && !placeKey.chars().allMatch(Character::isDigit)
						&& !placeKeys.contains(placeKey)) {
					placeKeys.add(placeKey);
				}
			}
			Region region = new Region(country, key,
					(prefix != null) ? Pattern.compile("(?:" + prefix + ")", Pattern.CASE_INSENSITIVE) : null,
					List.copyOf(placeKeys));
			BY_COUNTRY.computeIfAbsent(country, (c) -> new LinkedHashMap<>()).put(key, region);
			for (String placeKey : placeKeys) {
				BY_NAME.computeIfAbsent(country, (c) -> new HashMap<>()).putIfAbsent(placeKey, region);
			}
		}));
	}

	private Regions() {
	}

	/** The region of the country that these words name, if any. */
	static Optional<Region> named(String country, List<String> tokens) {
		return named(country, PlaceKey.of(tokens, country));
	}

	static Optional<Region> named(String country, String placeKey) {
		return Optional.ofNullable(BY_NAME.getOrDefault(country, Map.of()).get(placeKey));
	}

	/** Every region of the country (empty when the data has none). */
	static List<Region> of(String country) {
		return List.copyOf(BY_COUNTRY.getOrDefault(country, Map.of()).values());
	}

	/** Whether the data knows the regions of this country. */
	static boolean known(String country) {
		return BY_COUNTRY.containsKey(country);
	}

	/**
	 * Whether two regions of a country share a name (Spain's Catalunya is written for
	 * each of its provinces).
	 */
	static boolean shareAName(Region a, Region b) {
		return a.equals(b) || a.names().stream().anyMatch(b.names()::contains);
	}

}
