package gov.irs.secureaccess.taxapps.api;

/**
 * A request the API cannot use (a field missing or out of range); the message is safe to
 * show.
 */
final class BadApiRequest extends RuntimeException {

	BadApiRequest(String message) {
		super(message);
	}

}
