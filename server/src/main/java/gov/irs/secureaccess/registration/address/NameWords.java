package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a street name in comparable form: USPS abbreviations spelled out where
 * they are part of the name (Kensington Gdns = Kensington Gardens, Mt Vernon = Mount
 * Vernon, St Joseph = Saint Joseph), numbers written as words, ordinals and Roman
 * numerals as digits (Fifth = 5th = 5, Emanuele II = Emanuele 2, Phase II = Phase 2), and
 * articles and particles set apart (Calle de Alcalá = Calle Alcalá, Rue de la Paix = Rue
 * Paix), so that the core of the name can be compared without them.
 */
final class NameWords {

	private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
			Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19));

	private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
			"sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

	private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(Map.entry("first", 1),
			Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
			Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
			Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
			Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
			Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
			Map.entry("twentieth", 20), Map.entry("thirtieth", 30), Map.entry("fortieth", 40),
			Map.entry("fiftieth", 50));

	private static final Map<String, Integer> ROMAN = Map.ofEntries(Map.entry("ii", 2), Map.entry("iii", 3),
			Map.entry("iv", 4), Map.entry("vi", 6), Map.entry("vii", 7), Map.entry("viii", 8), Map.entry("ix", 9),
			Map.entry("xi", 11), Map.entry("xii", 12), Map.entry("xiii", 13), Map.entry("xiv", 14), Map.entry("xv", 15),
			Map.entry("xvi", 16), Map.entry("xvii", 17), Map.entry("xviii", 18), Map.entry("xix", 19),
			Map.entry("xx", 20));

	/** 1st, 2nd, 3rd, 4th; 1ra, 2da, 3ro (Spanish); 1er, 2eme (French). */
	private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th|ra|da|ro|do|ta|to|er|re|eme|ere)");

	private static final Set<String> PARTICLES = Set.of("de", "del", "della", "delle", "dei", "degli", "di", "da", "do",
			"dos", "das", "du", "des", "d", "la", "le", "les", "el", "los", "las", "lo", "l", "the", "of", "y", "e",
			"et");

	private NameWords() {
	}

	/**
	 * Number words joined into digits ("twenty two" = "22", "one hundred" = "100"); other
	 * tokens unchanged.
	 */
	static List<String> numbersAsDigits(List<String> tokens) {
		List<String> out = new ArrayList<>(tokens.size());
		int i = 0;
		while (i < tokens.size()) {
			int current = 0;
			int j = i;
			String last = null; // "unit", "tens", "hundred"
			boolean ordinal = false;
			while (j < tokens.size()) {
				String token = tokens.get(j);
				Integer unit = UNITS.get(token);
				Integer tens = TENS.get(token);
				if (unit != null && (last == null || last.equals("tens") || last.equals("hundred"))
						&& !(last != null && last.equals("tens") && unit >= 10)) {
					current += unit;
					last = "unit";
				}
				else if (tens != null && (last == null || last.equals("hundred"))) {
					current += tens;
					last = "tens";
				}
				else if ((token.equals("hundred") || token.equals("thousand")) && last != null
						&& !last.equals("hundred")) {
					current *= token.equals("hundred") ? 100 : 1000;
					last = "hundred";
				}
				else if (last != null && last.equals("tens") && ORDINAL_WORDS.containsKey(token)
						&& ORDINAL_WORDS.get(token) < 10) {
					current += ORDINAL_WORDS.get(token); // "Seventy-First" = 71st
					ordinal = true;
					j++;
					break;
				}
				else {
					break;
				}
				j++;
			}
			if (last == null) {
				out.add(tokens.get(i));
				i++;
			}
			else {
				out.add(ordinal ? current + "th" : String.valueOf(current));
				i = j;
			}
		}
		return out;
	}

	/** A word as it counts inside a street name. */
	static String canonical(String token) {
		Matcher ordinal = ORDINAL.matcher(token);
		if (ordinal.matches()) {
			return stripZeros(ordinal.group(1));
		}
		Integer number = ORDINAL_WORDS.get(token);
		if (number == null) {
			number = ROMAN.get(token);
		}
		if (number != null) {
			return String.valueOf(number);
		}
		if (token.chars().allMatch(Character::isDigit)) {
			return stripZeros(token);
		}
		return AddressWords.nameWord(token);
	}

	/**
	 * The keys of a street name: its canonical words run together, without its particles
	 * when {@code core} (and something remains), St read both as Saint and as Sainte ("St
	 * Catherine" = "Sainte-Catherine" and "Saint-Catherine", which are not the same).
	 */
	static List<String> keys(List<String> words, boolean core, String country) {
		List<StringBuilder> keys = new ArrayList<>();
		keys.add(new StringBuilder());
		boolean kept = false;
		for (String word : words) {
			if (core && isParticle(word)) {
				continue;
			}
			kept = true;
			List<String> forms = word.equals("st") ? List.of("saint", "sainte") : List.of(canonical(word));
			List<StringBuilder> next = new ArrayList<>();
			for (StringBuilder key : keys) {
				for (String form : forms) {
					next.add(new StringBuilder(key).append(AddressText.squash(List.of(form))));
				}
			}
			keys = next;
		}
		if (core && !kept) {
			return keys(words, false, country);
		}
		return keys.stream().map((key) -> PlaceKey.transliterated(key.toString(), country)).toList();
	}

	static boolean isParticle(String token) {
		return PARTICLES.contains(token);
	}

	/**
	 * Whether the token is an ordinal (5th, Fifth): a name, never a house number or a
	 * unit.
	 */
	static boolean isOrdinal(String token) {
		return ORDINAL.matcher(token).matches() || ORDINAL_WORDS.containsKey(token);
	}

	static String stripZeros(String digits) {
		return digits.replaceFirst("^0+(?=\\d)", "");
	}

}
