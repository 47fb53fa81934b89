package gov.irs.secureaccess.assisted;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The case number every e-Help Desk and TAC view and action needs (AST-4: the "why" of
 * the audit): three letters, a hyphen and eight digits, e.g. {@code EHD-00012345} (e-Help
 * Desk) or {@code TAC-00012345}. Typed in any case, with or without spaces around it.
 */
public record CaseNumber(String value) {

	static final Pattern FORMAT = Pattern.compile("[A-Z]{3}-\\d{8}");

	public CaseNumber {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("a case number is three letters, a hyphen and eight digits");
		}
	}

	public static Optional<CaseNumber> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String normal = typed.strip().toUpperCase(Locale.ROOT);
		return FORMAT.matcher(normal).matches() ? Optional.of(new CaseNumber(normal)) : Optional.empty();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
