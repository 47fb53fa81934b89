package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Countries as people type them: ISO 3166 alpha-2 and alpha-3 codes, names in English and
 * in the main languages of filers abroad (Deutschland, México, Royaume-Uni), and common
 * informal names (UK, Great Britain, England, USA).
 */
final class CountryNames {

	private static final List<Locale> LANGUAGES = Stream
		.of("en", "fr", "de", "it", "es", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "tr", "id")
		.map(Locale::forLanguageTag)
		.toList();

	private static final String[] INFORMAL = {
			"GB|UK|U.K.|Great Britain|Britain|England|Scotland|Wales|"
					+ "Northern Ireland|United Kingdom of Great Britain and Northern Ireland",
			"US|USA|U.S.|United States of America|America|Estados Unidos de América|Etats-Unis d'Amérique",
			"KR|Korea|Republic of Korea", "MX|Estados Unidos Mexicanos|República Mexicana|Méjico",
			"DE|Federal Republic of Germany|Bundesrepublik Deutschland", "NL|Holland|The Netherlands",
			"CZ|Czech Republic", "RU|Russian Federation", "VN|Viet Nam", "IE|Republic of Ireland|Eire",
			"PH|Republic of the Philippines", "IN|Bharat", "JP|Nippon|Nihon", "CH|Schweiz|Suisse|Svizzera",
			"KR|South Korea|Korea South|Korea Republic of|Korea (South)|ROK", "GR|Hellas|Ellada|Elláda",
			"TR|Türkiye|Turkiye", "HK|Hong Kong SAR|HKSAR|Hong Kong S.A.R.", "AE|UAE|U.A.E.|Emirates",
			"FR|République française|Republique francaise", "CZ|Czechia|Česko", "TW|Republic of China|Taiwan ROC",
			"CN|PRC|People's Republic of China|Mainland China", "BR|Brasil", "ES|España", "IT|Italia",
			"CO|República de Colombia", "AR|República Argentina", "RU|Rossiya", "IL|Yisrael|State of Israel",
			"ZA|RSA|Republic of South Africa", "NZ|Aotearoa", "SG|Republic of Singapore", "VN|Vietnam|Việt Nam",
			"BA|Bosnia", "MK|Macedonia", "CI|Ivory Coast", "CV|Cape Verde", "SZ|Swaziland", "MM|Burma", "LU|Lëtzebuerg",
			"BE|Belgie|Belgique|Belgien", "IE|Éire", "GB|United Kingdom of Great Britain", "PR|Puerto Rico|Porto Rico",
			"VI|USVI|US Virgin Islands|U.S. Virgin Islands", "GU|Guam" };

	private static final Map<String, String> CODE_BY_NAME = new HashMap<>();

	private static final Map<String, List<List<String>>> FORMS_BY_CODE = new HashMap<>();

	static {
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale("", code);
			add(code, code);
			add(code, country.getISO3Country());
			for (Locale language : LANGUAGES) {
				add(code, country.getDisplayCountry(language));
			}
		}
		for (String row : INFORMAL) {
			String[] names = row.split("\\|");
			for (int i = 1; i < names.length; i++) {
				add(names[0], names[i]);
			}
		}
		FORMS_BY_CODE.values().forEach((forms) -> forms.sort((a, b) -> b.size() - a.size()));
	}

	private CountryNames() {
	}

	/**
	 * The ISO alpha-2 code of a country typed as a code or a name, or null when blank or
	 * not a country.
	 */
	static String resolve(String text) {
		return resolve(AddressText.tokens(text));
	}

	/** The ISO alpha-2 code of a country written as these tokens, or null. */
	static String resolve(List<String> tokens) {
		if (tokens.isEmpty()) {
			return null;
		}
		String code = CODE_BY_NAME.get(AddressText.squash(tokens));
		if (code == null && tokens.get(0).equals("the")) {
			code = CODE_BY_NAME.get(AddressText.squash(tokens.subList(1, tokens.size())));
		}
		return code;
	}

	/** Every way to write the country, longest first. */
	static List<List<String>> forms(String code) {
		return FORMS_BY_CODE.getOrDefault(code, List.of());
	}

	private static void add(String code, String name) {
		List<String> tokens = AddressText.tokens(name);
		if (tokens.isEmpty()) {
			return;
		}
		CODE_BY_NAME.putIfAbsent(AddressText.squash(tokens), code);
		List<List<String>> forms = FORMS_BY_CODE.computeIfAbsent(code, (c) -> new ArrayList<>());
		if (!forms.contains(tokens)) {
			forms.add(tokens);
		}
	}

}
