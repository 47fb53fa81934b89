package gov.irs.secureaccess.taxapps.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The body of every API error: an RFC 9457 problem details object
 * ({@code application/problem+json}): {@code type} ({@code about:blank}: the status says
 * what happened), {@code title} (the status's phrase), {@code status} and {@code detail}
 * (a sentence safe to show: never a TIN, a name or an exception's text); and, as
 * extension members, the OAuth-style {@code error} code with its
 * {@code error_description} (RFC 6750), and for refusals the {@code reason}, or the
 * {@code scope} / {@code acr_values} the caller lacks.
 */
public record ApiError(String type, String title, int status, String detail, String error, String error_description,
		String reason, String scope, String acr_values) {

	/** RFC 9457's media type. */
	public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	/** RFC 9457 section 4.2.1: no type beyond what the status says. */
	static final String ABOUT_BLANK = "about:blank";

	public static ApiError of(int status, String error, String description) {
		HttpStatus known = HttpStatus.resolve(status);
		return new ApiError(ABOUT_BLANK, (known != null) ? known.getReasonPhrase() : "Error", status, description,
				error, description, null, null, null);
	}

	ApiError withReason(String reason) {
		return new ApiError(this.type, this.title, this.status, this.detail, this.error, this.error_description, reason,
				this.scope, this.acr_values);
	}

	ApiError withChallenge(String scope, String acrValues) {
		return new ApiError(this.type, this.title, this.status, this.detail, this.error, this.error_description,
				this.reason, scope, acrValues);
	}

}
