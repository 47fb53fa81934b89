package gov.irs.secureaccess.portal.api;

/**
 * The server refused a call: its HTTP status, its OAuth-style {@code error} code, the
 * {@code reason} of a refusal (e.g. AMOUNT_TOO_LOW), and the {@code acr_values} of a
 * step-up. Status 0 means the server could not be reached.
 */
public final class TaxApiException extends RuntimeException {

	private final int status;

	private final String error;

	private final String reason;

	private final String acrValues;

	public TaxApiException(int status, String error, String description, String reason, String acrValues) {
		super(description);
		this.status = status;
		this.error = error;
		this.reason = reason;
		this.acrValues = acrValues;
	}

	public int status() {
		return this.status;
	}

	public String error() {
		return this.error;
	}

	public String reason() {
		return this.reason;
	}

	public String acrValues() {
		return this.acrValues;
	}

}
