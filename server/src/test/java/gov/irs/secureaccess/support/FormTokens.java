package gov.irs.secureaccess.support;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A form's CSRF token, as a browser sends it: the service's own token cookie and the
 * masked token in the form.
 * <p>
 * Use this, not Spring Security's {@code SecurityMockMvcRequestPostProcessors.csrf()}:
 * that one swaps the token repository inside the service's (shared, cached)
 * {@code CsrfFilter} for one that keeps tokens in the HTTP session, and the swap outlives
 * the test. Every later test in the same context then gets a session (a SESSION cookie
 * and a {@code spring_session} row) on any page with a form, which SIGN-6 forbids, and no
 * longer exercises the cookie tokens real browsers get (spring-security issues 13260 and
 * 17082). Here the filter's repository is only read, never replaced.
 */
public final class FormTokens {

	private static final String INVALID_TOKEN = "not-the-token";

	private FormTokens() {
	}

	/**
	 * A valid token for this request (from its token cookie, or a new one with its
	 * cookie).
	 */
	public static RequestPostProcessor csrf() {
		return (request) -> withToken(request, false);
	}

	/**
	 * The token cookie with a form token that does not match it: the request must be
	 * refused.
	 */
	public static RequestPostProcessor invalidCsrf() {
		return (request) -> withToken(request, true);
	}

	private static MockHttpServletRequest withToken(MockHttpServletRequest request, boolean invalid) {
		CsrfTokenRepository repository = WebTestUtils.getCsrfTokenRepository(request);
		CsrfTokenRequestHandler handler = WebTestUtils.getCsrfTokenRequestHandler(request);
		MockHttpServletResponse response = new MockHttpServletResponse();
		CsrfToken token = repository.loadDeferredToken(request, response).get();
		carryNewCookies(request, response);
		handler.handle(request, response, () -> token);
		CsrfToken masked = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		// The filter sets these again from the cookie; left here they would stand for it.
		request.removeAttribute(CsrfToken.class.getName());
		request.removeAttribute(masked.getParameterName());
		request.setParameter(masked.getParameterName(), invalid ? INVALID_TOKEN : masked.getToken());
		return request;
	}

	/**
	 * A token made just now went out in a cookie; the request carries it, as the
	 * browser's next one would.
	 */
	private static void carryNewCookies(MockHttpServletRequest request, MockHttpServletResponse response) {
		if (response.getCookies().length == 0) {
			return;
		}
		Map<String, Cookie> cookies = new LinkedHashMap<>();
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				cookies.put(cookie.getName(), cookie);
			}
		}
		for (Cookie cookie : response.getCookies()) {
			cookies.put(cookie.getName(), new Cookie(cookie.getName(), cookie.getValue()));
		}
		request.setCookies(cookies.values().toArray(new Cookie[0]));
	}

}
