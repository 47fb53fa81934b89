package gov.irs.secureaccess.sources;

import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import gov.irs.secureaccess.platform.text.CaseFold;

/**
 * A person's name as a source holds it. Middle name and suffix (JR, SR, II, III, IV) may
 * be null. The first and last names hold at least one letter or digit once folded
 * (REG-2): names are compared by their letters and digits ({@code NameMatcher}), so a
 * name of punctuation, marks or an ʻokina alone ("]", "-", "ʻ") could not even match
 * itself, and no tax record has one.
 */
public record PersonName(String first, String middle, String last, String suffix) {

	/**
	 * A letter or digit the name matcher compares: the ʻokina (a modifier letter) only
	 * joins what it separates.
	 */
	private static final Pattern COMPARED = Pattern.compile("[\\p{L}\\p{N}&&[^ʻ]]");

	public PersonName {
		first = required(first, "first name");
		last = required(last, "last name");
		middle = optional(middle);
		suffix = optional(suffix);
		if (suffix != null) {
			suffix = suffix.toUpperCase(Locale.ROOT);
		}
	}

	public static PersonName of(String first, String last) {
		return new PersonName(first, null, last, null);
	}

	/** "First Middle Last Suffix", single spaces. */
	public String fullName() {
		StringJoiner joiner = new StringJoiner(" ");
		joiner.add(this.first);
		if (this.middle != null) {
			joiner.add(this.middle);
		}
		joiner.add(this.last);
		if (this.suffix != null) {
			joiner.add(this.suffix);
		}
		return joiner.toString();
	}

	@Override
	public String toString() {
		return "PersonName[redacted]";
	}

	private static String required(String value, String what) {
		Objects.requireNonNull(value, what);
		if (value.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		if (!COMPARED.matcher(CaseFold.fold(value)).find()) {
			throw new IllegalArgumentException(what + " must hold a letter or digit");
		}
		return value.strip();
	}

	private static String optional(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
