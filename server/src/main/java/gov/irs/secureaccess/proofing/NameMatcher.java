package gov.irs.secureaccess.proofing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import gov.irs.secureaccess.platform.text.CaseFold;
import gov.irs.secureaccess.sources.PersonName;

/**
 * Compares names as people write them (REG-2, rules in docs/address-matching.md,
 * "Names"): case, accents, punctuation, hyphen or space between parts of a surname or
 * inside a particle ("de la Cruz", "DeLaCruz"), an initial for a middle name, a middle
 * name or suffix left out or typed into the first or last name field do not matter; a
 * different first name, last name, middle initial or suffix does.
 */
public final class NameMatcher {

	/** Generational suffixes as people write them, and the one form each stands for. */
	private static final Map<String, String> SUFFIX_FORMS = Map.ofEntries(Map.entry("jr", "jr"),
			Map.entry("junior", "jr"), Map.entry("sr", "sr"), Map.entry("senior", "sr"), Map.entry("ii", "ii"),
			Map.entry("2nd", "ii"), Map.entry("iii", "iii"), Map.entry("3rd", "iii"), Map.entry("iv", "iv"),
			Map.entry("4th", "iv"), Map.entry("v", "v"), Map.entry("5th", "v"));

	private static final Set<String> SUFFIXES = SUFFIX_FORMS.keySet();

	private NameMatcher() {
	}

	/** Whether a first and last name typed by the person are the ones on the record. */
	public static boolean sameFirstAndLast(String typedFirst, String typedLast, PersonName record) {
		return sameName(typedFirst, null, typedLast, null, record);
	}

	/**
	 * Whether the name typed in the four fields (middle and suffix may be blank) is the
	 * record's name. The first and last names must be the record's; a middle name or
	 * suffix that both have must agree (an initial agrees with a name it begins); one
	 * that only one side has does not count.
	 */
	public static boolean sameName(String typedFirst, String typedMiddle, String typedLast, String typedSuffix,
			PersonName record) {
		List<String> first = words(typedFirst);
		List<String> middle = new ArrayList<>(words(typedMiddle));
		List<String> last = new ArrayList<>(words(typedLast));
		String suffix = suffixOf(words(typedSuffix));
		String lastSuffix = trailingSuffix(last);
		if (suffix != null && lastSuffix != null && !suffix.equals(lastSuffix)) {
			return false;
		}
		suffix = (suffix != null) ? suffix : lastSuffix;
		List<String> recordLast = new ArrayList<>(words(record.last()));
		String recordSuffix = (record.suffix() != null) ? suffixOf(words(record.suffix())) : trailingSuffix(recordLast);
		if (suffix != null && recordSuffix != null && !suffix.equals(recordSuffix)) {
			return false;
		}
		if (!String.join("", last).equals(String.join("", recordLast)) || last.isEmpty()) {
			return false;
		}
		List<String> recordFirst = words(record.first());
		List<String> recordMiddle = words(record.middle());
		// "Marcus J" in the first name field, or "Mary" + "Ann" for the first name "Mary
		// Ann": the typed first and middle words are read as one run, the record's first
		// name must begin it, and the rest is the middle name.
		List<String> given = new ArrayList<>(first);
		given.addAll(middle);
		int split = firstNameLength(given, String.join("", recordFirst));
		if (split >= 0) {
			return sameMiddle(given.subList(split, given.size()), recordMiddle);
		}
		// The other way round, so that the comparison is symmetric: the record's first
		// name field holds the middle name or initial too ("MARCUS J"), the person typed
		// "Marcus": the typed first name must begin the field, and the rest of the field
		// is read as the record's middle name.
		int recordSplit = firstNameLength(recordFirst, String.join("", first));
		if (recordSplit < 0) {
			return false;
		}
		List<String> recordGiven = new ArrayList<>(recordFirst.subList(recordSplit, recordFirst.size()));
		recordGiven.addAll(recordMiddle);
		return sameMiddle(middle, recordGiven);
	}

	/**
	 * Whether a phone subscriber's billing name ("Robert Johnson", "JOHNSON, ROBERT A")
	 * names this person: the record's first and last names must both appear; middle
	 * names, initials and suffixes may or may not.
	 */
	public static boolean billedTo(String subscriberName, PersonName record) {
		List<String> billed = words(subscriberName);
		// The record's first name is taken whole: a first name that is also a suffix word
		// ("V", "Junior") is a name.
		List<String> first = words(record.first());
		List<String> last = new ArrayList<>(words(record.last()));
		trailingSuffix(last);
		return !first.isEmpty() && !last.isEmpty() && billed.containsAll(first)
				&& String.join("", billed).contains(String.join("", last));
	}

	/**
	 * Whether a suffix field holds a generational suffix people write (Jr., Sr, III, 2nd,
	 * Junior…).
	 */
	public static boolean isSuffix(String text) {
		List<String> words = words(text);
		return words.size() == 1 && SUFFIXES.contains(words.get(0));
	}

	/**
	 * How many of the typed given-name words spell the record's first name, or -1 when
	 * none do.
	 */
	private static int firstNameLength(List<String> first, String recordFirst) {
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < first.size(); i++) {
			joined.append(first.get(i));
			if (joined.toString().equals(recordFirst)) {
				return i + 1;
			}
		}
		return -1;
	}

	/**
	 * Middle names agree word by word, an initial agreeing with a name it begins; absent
	 * on one side is fine.
	 */
	private static boolean sameMiddle(List<String> typed, List<String> record) {
		if (typed.isEmpty() || record.isEmpty()) {
			return true;
		}
		if (String.join("", typed).equals(String.join("", record))) {
			return true; // "Mary Ann" and "Maryann"
		}
		if (typed.size() != record.size()) {
			return false;
		}
		for (int i = 0; i < typed.size(); i++) {
			String a = typed.get(i);
			String b = record.get(i);
			boolean initial = (a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0);
			if (!initial && !a.equals(b)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Removes a generational suffix at the end of a last name ("Johnson Jr") and returns
	 * its one form, or null.
	 */
	private static String trailingSuffix(List<String> last) {
		if (last.size() < 2) {
			return null;
		}
		String suffix = SUFFIX_FORMS.get(last.get(last.size() - 1));
		if (suffix != null) {
			last.remove(last.size() - 1);
		}
		return suffix;
	}

	private static String suffixOf(List<String> words) {
		return words.isEmpty() ? null : SUFFIX_FORMS.getOrDefault(String.join("", words), String.join("", words));
	}

	/**
	 * The words of a name: no accents, no case (the one fold of {@link CaseFold}, for the
	 * typed name and the record's alike: "ß", "ẞ" and "SS", "ı" and "I", "σ" and a final
	 * "Σ" are the same letters), punctuation as a space.
	 */
	private static List<String> words(String name) {
		if (name == null) {
			return List.of();
		}
		String plain = CaseFold.fold(name).replaceAll("['’ʻ`]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
	}

}
