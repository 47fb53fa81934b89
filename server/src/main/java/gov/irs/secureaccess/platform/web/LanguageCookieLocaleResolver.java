package gov.irs.secureaccess.platform.web;

import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Remembers the chosen language in a cookie (HttpOnly, SameSite=Lax). A cookie naming a
 * language the pages are not written in (tampered or from an older version) resolves to
 * English, so {@code <html lang>} never lies.
 */
class LanguageCookieLocaleResolver extends CookieLocaleResolver {

	LanguageCookieLocaleResolver(LanguageCookieProperties properties) {
		super(properties.name());
		setCookieMaxAge(properties.maxAge());
		setCookieSecure(properties.secure());
		setCookieHttpOnly(true);
		setCookieSameSite("Lax");
		setDefaultLocale(SupportedLanguages.DEFAULT);
		setLanguageTagCompliant(true);
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		LocaleContext resolved = super.resolveLocaleContext(request);
		Locale locale = SupportedLanguages.supportedOrDefault(resolved.getLocale());
		TimeZone timeZone = (resolved instanceof TimeZoneAwareLocaleContext aware) ? aware.getTimeZone() : null;
		return new TimeZoneAwareLocaleContext() {
			@Override
			public Locale getLocale() {
				return locale;
			}

			@Override
			public TimeZone getTimeZone() {
				return timeZone;
			}
		};
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return SupportedLanguages.supportedOrDefault(super.resolveLocale(request));
	}

}
