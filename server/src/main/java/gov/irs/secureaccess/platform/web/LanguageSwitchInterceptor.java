package gov.irs.secureaccess.platform.web;

import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Switches the language when a request carries {@code ?lang=en} or {@code ?lang=es}. Any
 * other value is ignored: the current language stays and nothing is written to the
 * cookie.
 */
class LanguageSwitchInterceptor extends LocaleChangeInterceptor {

	static final String PARAMETER = "lang";

	LanguageSwitchInterceptor() {
		setParamName(PARAMETER);
		setHttpMethods("GET", "HEAD");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws ServletException {
		String requested = request.getParameter(PARAMETER);
		if (requested != null && SupportedLanguages.byCode(requested) == null) {
			return true;
		}
		return super.preHandle(request, response, handler);
	}

	@Override
	protected Locale parseLocaleValue(String localeValue) {
		return SupportedLanguages.byCode(localeValue);
	}

}
