package gov.irs.secureaccess.registration;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import gov.irs.secureaccess.sources.PersonName;

/**
 * Compares names as people write them: case, accents, punctuation, hyphen or space between parts of a surname,
 * middle names and initials, and suffixes (Jr, Sr, II…) do not matter; the first and last names do.
 */
public final class NameMatcher {

	private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v");

	private NameMatcher() {
	}

	/** Whether a first and last name typed by the person are the ones on the record. */
	public static boolean sameFirstAndLast(String typedFirst, String typedLast, PersonName record) {
		return squash(typedFirst).equals(squash(record.first())) && squash(typedLast).equals(squash(record.last()));
	}

	/**
	 * Whether a phone subscriber's billing name ("Robert Johnson", "JOHNSON, ROBERT A") names this person: the
	 * record's first and last names must both appear; middle names, initials and suffixes may or may not.
	 */
	public static boolean billedTo(String subscriberName, PersonName record) {
		List<String> tokens = tokens(subscriberName);
		List<String> first = tokens(record.first());
		String joined = String.join("", tokens);
		return !first.isEmpty() && tokens.containsAll(first) && joined.contains(squash(record.last()));
	}

	static String squash(String name) {
		return String.join("", tokens(name));
	}

	private static List<String> tokens(String name) {
		if (name == null) {
			return List.of();
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.replace("ß", "ss")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		return Arrays.stream(plain.split(" ")).filter((t) -> !t.isEmpty() && !SUFFIXES.contains(t)).toList();
	}

}
