package gov.irs.secureaccess.taxapps.api;

/**
 * The JSON body of every API error, OAuth style: {@code error} (a code), {@code error_description} (a sentence safe
 * to show: never a TIN, a name or an exception's text), and for refusals the {@code reason}, or the {@code scope} /
 * {@code acr_values} the caller lacks.
 */
public record ApiError(String error, String error_description, String reason, String scope, String acr_values) {

	static ApiError of(String error, String description) {
		return new ApiError(error, description, null, null, null);
	}

}
