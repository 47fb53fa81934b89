package gov.irs.secureaccess.registration.web;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;

/**
 * Remembers which registration this browser is on, for as long as the registration lives, so a person who closes
 * the browser comes back to the step they reached (REG-9). The id is a random UUID and only names the journey.
 */
final class RegistrationCookie {

	static final String NAME = "sa-registration";

	private RegistrationCookie() {
	}

	static Optional<UUID> read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				try {
					return Optional.of(UUID.fromString(cookie.getValue()));
				}
				catch (IllegalArgumentException ex) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	static void write(HttpServletRequest request, HttpServletResponse response, UUID id, Duration lifetime) {
		response.addHeader("Set-Cookie", cookie(request, id.toString(), lifetime).toString());
	}

	static void clear(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader("Set-Cookie", cookie(request, "", Duration.ZERO).toString());
	}

	private static ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge) {
		return ResponseCookie.from(NAME, value)
			.path("/register")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
	}

}
