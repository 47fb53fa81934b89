package gov.irs.secureaccess.taxapps;

/**
 * The tax records hold nothing for what was asked (no return on file, no such tax year).
 * Safe to show.
 */
public final class NotOnFileException extends RuntimeException {

	public NotOnFileException(String message) {
		super(message);
	}

}
