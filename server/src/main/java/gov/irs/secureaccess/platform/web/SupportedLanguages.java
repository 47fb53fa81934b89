package gov.irs.secureaccess.platform.web;

import java.util.List;
import java.util.Locale;

/** The languages the pages are written in: English (the default) and Spanish. */
public final class SupportedLanguages {

	public static final Locale DEFAULT = Locale.ENGLISH;

	public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	private SupportedLanguages() {
	}

	/**
	 * The supported locale with exactly this language code ({@code en}, {@code es}), or
	 * null.
	 */
	public static Locale byCode(String code) {
		for (Locale locale : ALL) {
			if (locale.getLanguage().equals(code)) {
				return locale;
			}
		}
		return null;
	}

	/** The supported locale of this locale's language, or the default. */
	public static Locale supportedOrDefault(Locale locale) {
		Locale supported = (locale != null) ? byCode(locale.getLanguage()) : null;
		return (supported != null) ? supported : DEFAULT;
	}

}
