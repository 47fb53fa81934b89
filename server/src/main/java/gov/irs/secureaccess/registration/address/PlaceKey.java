package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The comparable key of a place name (city, region, locality): its letters and digits run
 * together, so spacing, hyphens and apostrophes do not count (La Jolla = LaJolla, Mc Lean
 * = McLean, Coeur d'Alene = Coeur D Alene, Nishi-Shinjuku = Nishishinjuku);
 * Saint/St/Sainte, Mount/Mt and Fort/Ft are one word; the words that only say what kind
 * of place a name is are dropped where that is the custom (Shibuya-ku, Osaka-shi,
 * Gangnam-gu); and German and Nordic transliterations count as the letter (Muenchen =
 * München, Noerrebro = Nørrebro).
 */
final class PlaceKey {

	private static final Set<String> TRANSLITERATED = Set.of("DE", "AT", "CH", "LI", "LU", "DK", "NO", "SE", "FI",
			"IS");

	private PlaceKey() {
	}

	static String of(List<String> tokens, String country) {
		Set<String> suffixes = AddressWords.placeSuffixes(country);
		List<String> words = new ArrayList<>(tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			if (i > 0 && suffixes.contains(token)) {
				continue;
			}
			words.add(switch (token) {
				case "st", "ste", "saint", "sainte", "snt" -> "saint";
				case "mt", "mount" -> "mount";
				case "ft", "fort" -> "fort";
				case "pt" -> "point";
				default -> token;
			});
		}
		return transliterated(AddressText.squash(words), country);
	}

	/** "ue" = "ü", "oe" = "ö", "ae" = "ä", "aa" = "å" where people write them so. */
	static String transliterated(String squashed, String country) {
		if (!TRANSLITERATED.contains(country)) {
			return squashed;
		}
		return squashed.replace("ae", "a").replace("oe", "o").replace("ue", "u").replace("aa", "a");
	}

}
