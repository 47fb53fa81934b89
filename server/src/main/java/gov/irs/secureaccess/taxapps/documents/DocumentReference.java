package gov.irs.secureaccess.taxapps.documents;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the documents answer: the number of a notice or letter the taxpayer received (e.g.
 * {@code CP2000-0417}) or of a case. Letters, digits, spaces and hyphens, 3 to 30
 * characters. Kept sealed; {@link #toString()} hides it.
 */
public record DocumentReference(Kind kind, String number) {

	public enum Kind {

		NOTICE, CASE

	}

	private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{1,28}[A-Za-z0-9]");

	/**
	 * A reference to a document by its kind and number.
	 * @throws InvalidDocumentException when the kind or number is missing or malformed
	 */
	public static DocumentReference of(String kind, String number) {
		Kind parsed;
		try {
			parsed = Kind.valueOf((kind != null) ? kind.strip().toUpperCase(Locale.ROOT) : "");
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDocumentException(InvalidDocumentException.Problem.REFERENCE_KIND,
					"Choose whether this is a notice or a case number.");
		}
		String trimmed = (number != null) ? number.strip() : "";
		if (!NUMBER.matcher(trimmed).matches()) {
			throw new InvalidDocumentException(InvalidDocumentException.Problem.REFERENCE_NUMBER,
					"Enter the notice or case number: 3 to 30 letters, digits, spaces or hyphens.");
		}
		return new DocumentReference(parsed, trimmed.toUpperCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return "DocumentReference[" + this.kind + ", redacted]";
	}

}
