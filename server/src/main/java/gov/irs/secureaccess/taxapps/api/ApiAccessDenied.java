package gov.irs.secureaccess.taxapps.api;

/**
 * The caller may not use an application: {@code insufficient_scope} (RFC 6750, 403) or
 * {@code insufficient_user_authentication} (RFC 9470, 401, with the {@code acr_values} to
 * ask for), or no caller at all ({@code invalid_token}, 401).
 */
public final class ApiAccessDenied extends RuntimeException {

	private final String error;

	private final int status;

	private final String scope;

	private final String acrValues;

	ApiAccessDenied(String error, int status, String description, String scope, String acrValues) {
		super(description);
		this.error = error;
		this.status = status;
		this.scope = scope;
		this.acrValues = acrValues;
	}

	public String error() {
		return this.error;
	}

	public int status() {
		return this.status;
	}

	public String scope() {
		return this.scope;
	}

	public String acrValues() {
		return this.acrValues;
	}

}
