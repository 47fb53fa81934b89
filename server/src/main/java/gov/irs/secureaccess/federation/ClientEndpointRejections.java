package gov.irs.secureaccess.federation;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * What Spring Security's firewall refuses (a header value with a control or unassigned
 * character, for one: it is checked only when the header is read, so deep in the chain)
 * is answered, at the token, revocation and introspection endpoints, with the JSON
 * {@code invalid_request} of RFC 6749 section 5.2 (RFC 7009 section 2.2.1, RFC 7662
 * section 2.3) that every other refusal there gets; elsewhere with Spring's plain 400 as
 * before. Without this the answer was a 400 with an empty body (found by the OAuth fuzzer
 * at {@code /oauth2/introspect}).
 */
@Component
final class ClientEndpointRejections implements RequestRejectedHandler {

	private final RequestRejectedHandler elsewhere = new HttpStatusRequestRejectedHandler();

	private final TokenEndpointErrors errors = new TokenEndpointErrors();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException, ServletException {
		if (!ClientAuthenticationRequired.ENDPOINTS.matches(request) || response.isCommitted()) {
			this.elsewhere.handle(request, response, rejected);
			return;
		}
		response.reset();
		this.errors.write(request, response,
				new OAuth2Error("invalid_request", ErrorDescriptions.unreadableRequest(), null));
	}

}
