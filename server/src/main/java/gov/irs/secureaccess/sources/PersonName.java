package gov.irs.secureaccess.sources;

import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A person's name as a source holds it. Middle name and suffix (JR, SR, II, III, IV) may be null.
 */
public record PersonName(String first, String middle, String last, String suffix) {

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
		return value.strip();
	}

	private static String optional(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
