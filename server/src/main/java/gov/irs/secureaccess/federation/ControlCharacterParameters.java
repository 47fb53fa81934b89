package gov.irs.secureaccess.federation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import gov.irs.secureaccess.platform.text.ControlCharacters;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * Finds NUL and the other control characters (C0, DEL, C1: {@link ControlCharacters#any})
 * in a request's parameters and in the client credentials of its
 * {@code Authorization: Basic} header. No OAuth or OpenID Connect parameter may hold one
 * (RFC 6749 Appendix A allows printable characters only), and PostgreSQL cannot even
 * compare a text with NUL, so such a request is refused at the edge with a proper OAuth
 * error instead of failing deep inside (issue 14: a 500).
 */
final class ControlCharacterParameters {

	/**
	 * Where the control character is: a parameter's name, or {@code client_id} for Basic
	 * credentials; or {@code unreadable}: the parameters could not be read at all (a
	 * control character in a name, which Spring Security's firewall refuses, or bytes
	 * that are not percent-encoded UTF-8, which Tomcat cannot decode).
	 */
	record Found(String parameter, boolean unreadable) {

		Found(String parameter) {
			this(parameter, false);
		}

		String description() {
			return this.unreadable ? ErrorDescriptions.unreadableParameters()
					: ErrorDescriptions.controlCharacter(this.parameter);
		}

	}

	private ControlCharacterParameters() {
	}

	/**
	 * The first parameter (or the Basic credentials) holding a control character, or
	 * null.
	 */
	static Found in(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RequestRejectedException | IllegalStateException | IllegalArgumentException ex) {
			return new Found(null, true);
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (ControlCharacters.any(parameter.getKey())) {
				return new Found(null);
			}
			for (String value : parameter.getValue()) {
				if (ControlCharacters.any(value)) {
					return new Found(parameter.getKey());
				}
			}
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				if (ControlCharacters.any(credentials)) {
					return new Found("client_id");
				}
			}
			catch (IllegalArgumentException ex) {
				// not base64: Spring's client authentication refuses it as invalid_client
			}
		}
		return null;
	}

}
