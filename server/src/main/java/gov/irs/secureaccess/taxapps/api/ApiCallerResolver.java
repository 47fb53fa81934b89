package gov.irs.secureaccess.taxapps.api;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The seam between the API and its authentication: makes the {@link ApiCaller} of a
 * request, or none when the request carries no valid access token. The OAuth resource
 * server (phase 2) implements it from the validated JWT; until a bean exists, every API
 * call is answered 401. Tests supply their own.
 */
public interface ApiCallerResolver {

	Optional<ApiCaller> resolve(HttpServletRequest request);

}
