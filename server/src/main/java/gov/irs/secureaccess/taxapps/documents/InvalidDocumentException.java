package gov.irs.secureaccess.taxapps.documents;

/**
 * A submission the document drop refuses; {@link #problem()} names why (pages translate
 * it), the message is safe to show.
 */
public final class InvalidDocumentException extends RuntimeException {

	public enum Problem {

		REFERENCE_KIND, REFERENCE_NUMBER, NO_FILE, TOO_MANY_FILES, TOO_LARGE, WRONG_TYPE

	}

	private final Problem problem;

	public InvalidDocumentException(Problem problem, String message) {
		super(message);
		this.problem = problem;
	}

	public Problem problem() {
		return this.problem;
	}

}
