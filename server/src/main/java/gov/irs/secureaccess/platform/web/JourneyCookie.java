package gov.irs.secureaccess.platform.web;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;

/**
 * A cookie that remembers which journey this browser is on, for as long as the journey
 * lives, so a person who closes the browser comes back to the step they reached (REG-9).
 * The value is a random UUID that only names the journey; HttpOnly, SameSite=Lax, Secure
 * over TLS, scoped to the journey's pages.
 */
public final class JourneyCookie {

	private final String name;

	private final String path;

	public JourneyCookie(String name, String path) {
		this.name = name;
		this.path = path;
	}

	public Optional<UUID> read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (this.name.equals(cookie.getName())) {
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

	public void write(HttpServletRequest request, HttpServletResponse response, UUID id, Duration lifetime) {
		response.addHeader("Set-Cookie", cookie(request, id.toString(), lifetime).toString());
	}

	public void clear(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader("Set-Cookie", cookie(request, "", Duration.ZERO).toString());
	}

	private ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge) {
		return ResponseCookie.from(this.name, value)
			.path(this.path)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
	}

}
