package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary of addresses: USPS Publication 28 street suffixes (C1) and secondary
 * unit designators (C2), and the street types, unit designators, directionals, locality
 * markers and post office box words of the other languages of filers
 * ({@code address-words.txt}). Each word has one canonical form, so a mapping only merges
 * spellings of the same word. Read once; immutable and thread-safe.
 */
final class AddressWords {

	private static final Map<String, String> TYPES = new HashMap<>();

	private static final Set<String> PREFIX_TYPES = new HashSet<>();

	private static final Set<String> USPS_SUFFIXES = new HashSet<>();

	/**
	 * The full word of a suffix written in a name ("Kensington Gdns" = "Kensington
	 * Gardens").
	 */
	private static final Map<String, String> NAME_WORDS = new HashMap<>();

	private static final Map<String, String> UNIT_GROUPS = new HashMap<>();

	private static final Set<String> UNITS_WITHOUT_NUMBER = new HashSet<>();

	/**
	 * The Pub 28 standard abbreviation of each form of a secondary unit designator
	 * (Basement = BSMT).
	 */
	private static final Map<String, String> UNIT_DESIGNATORS = new HashMap<>();

	private static final Set<String> DESIGNATORS_AFTER = new HashSet<>();

	private static final Map<String, String> DIRECTIONALS = new HashMap<>();

	private static final Map<String, String> SIDES = new HashMap<>();

	private static final Set<String> MARKERS = new HashSet<>();

	private static final Set<String> BUILDING_WORDS = new HashSet<>();

	private static final List<List<String>> BOX_PHRASES = new ArrayList<>();

	private static final List<List<String>> NUMBER_MARKERS = new ArrayList<>();

	private static final Map<String, Set<String>> PLACE_SUFFIXES = new HashMap<>();

	static {
		for (String line : AddressData.lines("usps-street-suffixes.txt")) {
			String[] forms = line.toLowerCase(Locale.ROOT).split("\\|");
			for (String form : forms) {
				TYPES.put(form, forms[1]);
				NAME_WORDS.put(form, forms[0]);
				USPS_SUFFIXES.add(form);
			}
		}
		for (String line : AddressData.lines("usps-secondary-units.txt")) {
			String[] forms = line.toLowerCase(Locale.ROOT).split("\\|");
			boolean withoutNumber = forms[forms.length - 1].equals("*");
			String group = switch (forms[1]) {
				case "fl" -> "fl";
				case "bldg" -> "bldg";
				default -> "unit";
			};
			for (String form : forms) {
				if (!form.equals("*")) {
					String key = String.join(" ", AddressText.tokens(form));
					UNIT_GROUPS.put(key, group);
					UNIT_DESIGNATORS.put(key, forms[1]);
					if (withoutNumber) {
						UNITS_WITHOUT_NUMBER.add(key);
					}
				}
			}
		}
		UNIT_GROUPS.put("#", "unit");
		for (String line : AddressData.lines("address-words.txt")) {
			String[] cells = AddressData.cells(line, 3);
			List<String> forms = new ArrayList<>();
			for (String form : cells[2].split("\\|")) {
				forms.add(String.join(" ", AddressText.tokens(form)));
			}
			switch (cells[0]) {
				case "type" -> forms.forEach((form) -> TYPES.put(form, cells[1]));
				case "prefix" -> PREFIX_TYPES.addAll(forms);
				case "unit" -> forms.forEach((form) -> UNIT_GROUPS.putIfAbsent(form, cells[1]));
				case "after" -> DESIGNATORS_AFTER.addAll(forms);
				case "side" -> forms.forEach((form) -> SIDES.put(form, cells[1]));
				case "dir" -> forms.forEach((form) -> DIRECTIONALS.put(form, cells[1]));
				case "marker" -> MARKERS.addAll(forms);
				case "building" -> BUILDING_WORDS.addAll(forms);
				case "box" -> forms.forEach((form) -> BOX_PHRASES.add(List.of(form.split(" "))));
				case "number" -> forms.forEach((form) -> NUMBER_MARKERS.add(List.of(form.split(" "))));
				case "place" ->
					PLACE_SUFFIXES.computeIfAbsent(cells[1].toUpperCase(Locale.ROOT), (country) -> new HashSet<>())
						.addAll(forms);
				default -> throw new IllegalStateException("address-words.txt: unknown kind " + cells[0]);
			}
		}
		for (String dir : List.of("n", "s", "e", "w", "ne", "nw", "se", "sw")) {
			DIRECTIONALS.put(dir, dir);
		}
		BOX_PHRASES.sort((a, b) -> b.size() - a.size());
		NUMBER_MARKERS.sort((a, b) -> b.size() - a.size());
		NAME_WORDS.put("saint", "saint");
		NAME_WORDS.put("snt", "saint");
		NAME_WORDS.put("ste", "sainte");
		NAME_WORDS.put("sainte", "sainte");
		NAME_WORDS.put("dr", "doctor");
		NAME_WORDS.put("jr", "junior");
		NAME_WORDS.put("sr", "senior");
		NAME_WORDS.put("mt", "mount");
		NAME_WORDS.put("ft", "fort");
		NAME_WORDS.put("pt", "point");
		NAME_WORDS.put("hwy", "highway");
	}

	private AddressWords() {
	}

	/**
	 * The canonical street type of a word (USPS standard abbreviation or a class of its
	 * own), or null.
	 */
	static String streetType(String token) {
		return TYPES.get(token);
	}

	/** Whether the word is a USPS Publication 28 street suffix or one of its variants. */
	static boolean isUspsSuffix(String token) {
		return USPS_SUFFIXES.contains(token);
	}

	/**
	 * Whether the word is a street type written before the name (Calle, Rue, Via,
	 * Avenida, Avenue).
	 */
	static boolean isPrefixType(String token) {
		return PREFIX_TYPES.contains(token);
	}

	/**
	 * The word as it counts inside a name: USPS abbreviations spelled out, St = Saint, Mt
	 * = Mount.
	 */
	static String nameWord(String token) {
		return NAME_WORDS.getOrDefault(token, token);
	}

	/**
	 * The group of a secondary unit designator (unit, fl, bldg, stair, blk, lot, phase,
	 * sm), or null.
	 */
	static String unitGroup(String token) {
		return UNIT_GROUPS.get(token);
	}

	/** The standard abbreviation of a Pub 28 designator, or the word itself. */
	static String unitDesignator(String token) {
		return UNIT_DESIGNATORS.getOrDefault(token, token);
	}

	static boolean unitWithoutNumber(String token) {
		return UNITS_WITHOUT_NUMBER.contains(token);
	}

	/**
	 * Designators that may follow their number: "34th Floor", "3. Stock", "101-dong
	 * 1203-ho".
	 */
	static boolean designatorAfter(String token) {
		return DESIGNATORS_AFTER.contains(token);
	}

	/** The canonical directional (n, s, e, w, ne, nw, se, sw), or null. */
	static String directional(String token) {
		return DIRECTIONALS.get(token);
	}

	/**
	 * A word naming a dwelling on its floor (izq, dcha, esq, th, tv), canonical, or null.
	 */
	static String side(String token) {
		return SIDES.get(token);
	}

	/** A word that only announces a locality (Col., Urb., Bo., Brgy.). */
	static boolean isMarker(String token) {
		return MARKERS.contains(token);
	}

	/** A word naming a building rather than a street (Apartments, Residency, Towers). */
	static boolean isBuildingWord(String token) {
		return BUILDING_WORDS.contains(token);
	}

	/**
	 * How many tokens from {@code at} write "PO Box" (or Postfach, Apartado, Caixa
	 * Postal…); 0 when none.
	 */
	static int boxPhrase(List<String> tokens, int at) {
		return phrase(BOX_PHRASES, tokens, at);
	}

	/**
	 * How many tokens from {@code at} announce a house number (No., Nr., Núm., H.No.); 0
	 * when none.
	 */
	static int numberMarker(List<String> tokens, int at) {
		return phrase(NUMBER_MARKERS, tokens, at);
	}

	/**
	 * Words that only say what kind of place a name is, in that country (Shibuya-ku,
	 * Osaka-shi, Gangnam-gu).
	 */
	static Set<String> placeSuffixes(String country) {
		return PLACE_SUFFIXES.getOrDefault(country, Set.of());
	}

	private static int phrase(List<List<String>> phrases, List<String> tokens, int at) {
		for (List<String> phrase : phrases) {
			if (at + phrase.size() <= tokens.size() && tokens.subList(at, at + phrase.size()).equals(phrase)) {
				return phrase.size();
			}
		}
		return 0;
	}

}
