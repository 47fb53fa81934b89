package gov.irs.secureaccess.taxapps.tinmatching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Name controls, as TIN Matching compares names (docs/tax-applications.md): up to four
 * characters.
 * <ul>
 * <li>Individuals: the first four letters of the last name, upper case, accents folded,
 * spaces, apostrophes and periods dropped, hyphens kept ({@code O'Connor} → {@code OCON},
 * {@code Hernández Ruiz} → {@code HERN}).</li>
 * <li>Businesses: the first four significant characters of the name: a leading "The" is
 * dropped when more words follow; letters, digits, hyphen and ampersand count, spaces and
 * other punctuation do not ({@code The Kroger Co.} → {@code KROG}).</li>
 * </ul>
 * A typed individual name is read as "Last, First" when it has a comma, otherwise as
 * "First [Middle] Last [Suffix]"; since the last name may have more than one word, every
 * word after the first may start it.
 */
public final class NameControl {

	private static final Set<String> SUFFIXES = Set.of("JR", "SR", "II", "III", "IV", "V");

	private NameControl() {
	}

	public static String individual(String lastName) {
		return firstFour(fold(lastName).replaceAll("[^A-Z-]", ""));
	}

	public static String business(String name) {
		String folded = fold(name).strip();
		if (folded.startsWith("THE ") && folded.substring(4).strip().length() > 0) {
			folded = folded.substring(4);
		}
		return firstFour(folded.replaceAll("[^A-Z0-9&-]", ""));
	}

	/**
	 * The name controls a typed individual name may have, one per way of reading its last
	 * name.
	 */
	public static List<String> individualCandidates(String typedName) {
		String name = typedName.strip();
		int comma = name.indexOf(',');
		if (comma >= 0) {
			return List.of(individual(name.substring(0, comma)));
		}
		List<String> words = new ArrayList<>(Arrays.asList(name.split("\\s+")));
		while (words.size() > 1 && SUFFIXES.contains(fold(words.get(words.size() - 1)).replace(".", ""))) {
			words.remove(words.size() - 1);
		}
		if (words.size() == 1) {
			return List.of(individual(words.get(0)));
		}
		List<String> candidates = new ArrayList<>();
		for (int start = 1; start < words.size(); start++) {
			candidates.add(individual(String.join(" ", words.subList(start, words.size()))));
		}
		return candidates;
	}

	static String fold(String text) {
		String upper = text.toUpperCase(Locale.ROOT).replace("ß", "SS");
		return Normalizer.normalize(upper, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	private static String firstFour(String text) {
		return (text.length() <= 4) ? text : text.substring(0, 4);
	}

}
