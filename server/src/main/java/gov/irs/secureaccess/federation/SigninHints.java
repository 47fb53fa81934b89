package gov.irs.secureaccess.federation;

import java.io.IOException;
import java.util.Locale;

import gov.irs.secureaccess.platform.web.SupportedLanguages;
import gov.irs.secureaccess.session.SigninAssurance;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What an authorization request says about the person who is about to sign in (OIDC Core
 * 3.1.2.1), taken before the sign-in pages show:
 * <ul>
 * <li>{@code ui_locales}: the first of its languages that the pages are written in
 * (English, Spanish) becomes the language of the pages, as if the person had chosen it
 * (the language cookie); none of ours, nothing changes;</li>
 * <li>{@code login_hint}: the username page starts with it filled in (at most 200
 * characters, like a username).</li>
 * </ul>
 */
final class SigninHints extends OncePerRequestFilter {

	static final int MAX_HINT = 200;

	private final RequestMatcher authorize = PathPatternRequestMatcher.withDefaults()
		.matcher(SigninAssurance.RESUMABLE_PATH);

	private final LocaleResolver locales;

	SigninHints(LocaleResolver locales) {
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.authorize.matches(request) && (HttpMethod.GET.matches(request.getMethod())
				|| request.getParameter(OAuth2ParameterNames.RESPONSE_TYPE) != null)) {
			Locale language = firstSupported(request.getParameter("ui_locales"));
			if (language != null) {
				this.locales.setLocale(request, response, language);
			}
			String hint = request.getParameter("login_hint");
			if (hint != null && !hint.isBlank() && hint.length() <= MAX_HINT) {
				request.getSession().setAttribute(SigninAssurance.LOGIN_HINT, hint.strip());
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * The first language of {@code ui_locales} (space-separated BCP 47 tags, preferred
	 * first) that we have.
	 */
	static Locale firstSupported(String uiLocales) {
		if (uiLocales == null || uiLocales.isBlank()) {
			return null;
		}
		for (String tag : uiLocales.trim().split(" +")) {
			Locale locale = SupportedLanguages.byCode(Locale.forLanguageTag(tag).getLanguage());
			if (locale != null) {
				return locale;
			}
		}
		return null;
	}

}
