package gov.irs.secureaccess.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.platform.text.ControlCharacters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one check of every request's input at the edge, before Spring Security or any form
 * reads it: the body must be readable (a whole multipart upload, a well-formed form
 * encoding, readable file names) and no field, field name or file name may hold a control
 * character (U+0000 to U+001F and U+007F to U+009F, except tab, line feed and carriage
 * return). PostgreSQL cannot store a NUL, so one in a username used to fail every later
 * page of that session; a truncated upload used to fail in Spring Security's CSRF check.
 * Nothing of a refused request is used or saved.
 * <p>
 * A page's form is sent back (303) to the page it came from (its same-origin
 * {@code Referer}, else the same address) with {@code ?refused=<why>}, which the layout
 * shows as a message ({@link RefusedInputAdvice}); an API call gets an RFC 9457 problem
 * (400, or 413 for too much). The authorization server's endpoints answer for themselves
 * (OAuth errors), so they are not checked here.
 */
final class InputGuard extends OncePerRequestFilter {

	private static final String[] OAUTH_ENDPOINTS = { "/oauth2/", "/userinfo", "/connect/", "/.well-known/" };

	private final boolean api;

	/**
	 * A guard that refuses NUL and other control characters in parameters.
	 * @param api {@code true} for the guard of {@code /api/**} (answers JSON),
	 * {@code false} for the pages'
	 */
	InputGuard(boolean api) {
		this.api = api;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean isApi = path.startsWith("/api/");
		if (this.api != isApi) {
			return true;
		}
		for (String endpoint : OAUTH_ENDPOINTS) {
			if (path.startsWith(endpoint)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<RefusedInput> refused = check(request);
		if (refused.isEmpty()) {
			chain.doFilter(request, response);
		}
		else if (this.api) {
			problem(response, refused.get());
		}
		else {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, backTo(request, refused.get()));
		}
	}

	/**
	 * What is wrong with the request's input, if anything; reading it here is what every
	 * later reader would do.
	 */
	static Optional<RefusedInput> check(HttpServletRequest request) {
		try {
			if (isMultipart(request)) {
				Collection<Part> parts = request.getParts();
				for (Part part : parts) {
					if (hasControlCharacter(part.getName()) || hasControlCharacter(part.getSubmittedFileName())) {
						return Optional.of(RefusedInput.CHARACTERS);
					}
				}
			}
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (hasControlCharacter(parameter.getKey())) {
					return Optional.of(RefusedInput.CHARACTERS);
				}
				for (String value : parameter.getValue()) {
					if (hasControlCharacter(value)) {
						return Optional.of(RefusedInput.CHARACTERS);
					}
				}
			}
			return Optional.empty();
		}
		catch (IOException | ServletException | RuntimeException ex) {
			return Optional.of(classify(ex));
		}
	}

	static boolean hasControlCharacter(String text) {
		return ControlCharacters.anyButTabsAndLineBreaks(text);
	}

	/**
	 * The servlet container's reasons, by the type of the failure or of its causes (its
	 * classes stay its own).
	 */
	private static RefusedInput classify(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String type = cause.getClass().getSimpleName();
			String message = String.valueOf(cause.getMessage());
			if (type.equals("InvalidFileNameException") || message.startsWith("Header section has more than")) {
				return RefusedInput.FILE_NAME;
			}
			if (type.endsWith("SizeLimitExceededException") || type.equals("MaxUploadSizeExceededException")) {
				return RefusedInput.TOO_LARGE;
			}
		}
		return RefusedInput.UNREADABLE;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/**
	 * Back to the page the form is on: the path and query of a same-origin
	 * {@code Referer} (never another site's, never a scheme-relative path), else the
	 * request's own path; with the reason added.
	 */
	static String backTo(HttpServletRequest request, RefusedInput refused) {
		String target = ownPath(request.getRequestURI());
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				int port = (uri.getPort() != -1) ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
				String path = uri.getRawPath();
				if (request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port
						&& path != null && path.startsWith("/") && !path.startsWith("//")) {
					target = path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
				}
			}
			catch (IllegalArgumentException ex) {
				// Not a URI: back to the request's own address.
			}
		}
		return UriComponentsBuilder.fromUriString(target)
			.replaceQueryParam(RefusedInput.PARAMETER, refused.value())
			.build()
			.toUriString();
	}

	/**
	 * The request's own path as a path of this site: this filter stands ahead of Spring
	 * Security's firewall, so the raw URI may begin with {@code //} or {@code /\}, which
	 * a browser reads as another host (an open redirect found by FindSecBugs'
	 * UNVALIDATED_REDIRECT); the leading slashes collapse to one.
	 */
	static String ownPath(String requestUri) {
		int start = 0;
		while (start < requestUri.length() && (requestUri.charAt(start) == '/' || requestUri.charAt(start) == '\\')) {
			start++;
		}
		return "/" + requestUri.substring(start);
	}

	private static void problem(HttpServletResponse response, RefusedInput refused) throws IOException {
		int status = (refused == RefusedInput.TOO_LARGE) ? 413 : 400;
		String detail = switch (refused) {
			case CHARACTERS -> "A field, a field name or a file name holds a control character.";
			case UNREADABLE -> "The request body did not arrive whole or cannot be read.";
			case FILE_NAME -> "A file name is too long or holds characters that cannot be read.";
			case TOO_LARGE -> "The request is too large.";
		};
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		String title = HttpStatus.valueOf(status).getReasonPhrase();
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\",\"error\":\"invalid_request\",\"error_description\":\"" + detail + "\",\"reason\":\""
					+ refused.name() + "\"}");
	}

}
