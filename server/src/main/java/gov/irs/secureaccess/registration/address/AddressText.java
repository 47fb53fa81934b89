package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import gov.irs.secureaccess.platform.text.CaseFold;

/**
 * Folds free text into comparable tokens: case, diacritics (Montréal = Montreal, ß = ss),
 * the Hawaiian ʻokina and apostrophes (Kaʻahumanu = Kaahumanu, O'Connell = OConnell),
 * dashes of every kind, punctuation and whitespace are forms, not content. A hyphen,
 * slash or point between two digits stays inside the token (107-15, 5/12, 1-2-3, km 5.3);
 * commas, semicolons and line breaks split a field into segments; "#" is a token of its
 * own. Linear in the length of the text; never throws.
 */
final class AddressText {

	/** "U.S.A.", "D.C", "P.O.", "N.E." are one word each. */
	private static final Pattern DOTTED_INITIALS = Pattern
		.compile("(?<![\\p{L}\\p{N}])(\\p{L})\\.(\\p{L})(?:\\.(\\p{L}))?\\.?(?![\\p{L}\\p{N}])");

	/** Apostrophes and the ʻokina join what they separate. */
	private static final String JOINERS = "'`´ʻʼʹ‘’‛";

	private static final String DASHES = "‐‑‒–—―−﹘﹣－";

	/**
	 * The masculine and feminine ordinal indicators and the degree sign (3º B, 2ª, 5°
	 * piso), before NFKC folds them.
	 */
	private static final Pattern NUMBER_SIGN = Pattern.compile("(?i)\\bn\\s?[º°]");

	private static final Pattern ORDINAL_SIGNS = Pattern.compile("[º°ª]");

	private static final Pattern VULGAR_FRACTION = Pattern.compile("(\\d)([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])");

	/** Pº (paseo) and Bº (barrio), before the ordinal sign goes. */
	private static final Pattern PASEO = Pattern.compile("(?i)\\bp\\s?\\.?\\s?º");

	private static final Pattern BARRIO = Pattern.compile("(?i)\\bb\\s?\\.?\\s?º");

	/**
	 * Abbreviations written with a point inside the word: C/ (calle), P.za (piazza), V.le
	 * (viale), C.so (corso).
	 */
	private static final String[][] INNER_ABBREVIATIONS = { { "\\bc\\s?/(?!\\s?o\\b)", " calle " },
			{ "\\bp\\.\\s?z{1,2}a\\b", " piazza " }, { "\\bv\\.\\s?le\\b", " viale " },
			{ "\\bc\\.\\s?so\\b", " corso " }, { "\\bp\\.\\s?le\\b", " piazzale " }, { "\\bl\\.\\s?go\\b", " largo " },
			{ "(\\d+)\\s?/\\s?f\\b", " fl $1 " } };

	private static final List<Pattern> INNER_PATTERNS = Arrays.stream(INNER_ABBREVIATIONS)
		.map((row) -> Pattern.compile(row[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
		.toList();

	/**
	 * Letters without a decomposition, spelled out after the fold (which has made them
	 * small; ß and ı it spells).
	 */
	private static final String[][] LETTERS = { { "æ", "ae" }, { "œ", "oe" }, { "ø", "o" }, { "ł", "l" }, { "đ", "d" },
			{ "ð", "d" }, { "þ", "th" }, { "⁄", "/" }, { "∕", "/" } };

	private AddressText() {
	}

	/**
	 * Lower case, no diacritics, special letters spelled out, abbreviations with inner
	 * points spelled out.
	 */
	static String fold(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String folded = text;
		if (containsAny(folded, "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞")) {
			folded = VULGAR_FRACTION.matcher(folded).replaceAll("$1 $2"); // 123½ = 123
																			// 1/2
		}
		if (containsAny(folded, "º°ª")) {
			folded = PASEO.matcher(folded).replaceAll(" paseo ");
			folded = BARRIO.matcher(folded).replaceAll(" barrio ");
			folded = NUMBER_SIGN.matcher(folded).replaceAll(" no ");
			folded = ORDINAL_SIGNS.matcher(folded).replaceAll(" ");
		}
		// The one fold of the typed address and the record's alike (REG-3): "STRAßE" and
		// "Straße", a final "Σ" and "σ", "ı" and "I" are the same letters, whichever way
		// each was written or capitalised.
		folded = CaseFold.fold(folded);
		for (String[] letter : LETTERS) {
			if (folded.indexOf(letter[0]) >= 0) {
				folded = folded.replace(letter[0], letter[1]);
			}
		}
		StringBuilder plain = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (JOINERS.indexOf(c) < 0) {
				plain.append((DASHES.indexOf(c) >= 0) ? '-' : c); // apostrophes and the
																	// ʻokina join, dashes
																	// are one
			}
		}
		folded = plain.toString();
		if (folded.indexOf('/') >= 0 || folded.indexOf('.') >= 0) {
			for (int i = 0; i < INNER_PATTERNS.size(); i++) {
				folded = INNER_PATTERNS.get(i).matcher(folded).replaceAll(INNER_ABBREVIATIONS[i][1]);
			}
		}
		if (folded.indexOf('.') < 0) {
			return folded;
		}
		return DOTTED_INITIALS.matcher(folded)
			.replaceAll((m) -> m.group(1) + m.group(2) + ((m.group(3) != null) ? m.group(3) : ""));
	}

	private static boolean containsAny(String text, String chars) {
		for (int i = 0; i < text.length(); i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** The tokens of a text, segment by segment. */
	static List<List<String>> segments(String text) {
		String folded = fold(text);
		List<List<String>> segments = new ArrayList<>();
		List<String> segment = new ArrayList<>();
		StringBuilder token = new StringBuilder();
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				token.append(c);
			}
			else if ((c == '-' || c == '/' || c == '.') && endsWithDigit(token) && i + 1 < folded.length()
					&& Character.isDigit(folded.charAt(i + 1))) {
				token.append(c);
			}
			else {
				flush(token, segment);
				if (c == '#') {
					segment.add("#");
				}
				else if (c == ',' || c == ';' || c == '\n' || c == '\r' || c == '|') {
					endSegment(segments, segment);
					segment = new ArrayList<>();
				}
			}
		}
		flush(token, segment);
		endSegment(segments, segment);
		return segments;
	}

	/** The tokens of a text, segments joined. */
	static List<String> tokens(String text) {
		return flatten(segments(text));
	}

	static List<String> flatten(List<List<String>> segments) {
		List<String> all = new ArrayList<>();
		segments.forEach(all::addAll);
		return all;
	}

	/**
	 * The letters and digits of tokens run together: "la jolla" = "lajolla", "m5v 2t6" =
	 * "m5v2t6".
	 */
	static String squash(List<String> tokens) {
		StringBuilder squashed = new StringBuilder();
		for (String token : tokens) {
			for (int i = 0; i < token.length(); i++) {
				char c = token.charAt(i);
				if (Character.isLetterOrDigit(c)) {
					squashed.append(c);
				}
			}
		}
		return squashed.toString();
	}

	private static boolean endsWithDigit(StringBuilder token) {
		return token.length() > 0 && Character.isDigit(token.charAt(token.length() - 1));
	}

	private static void flush(StringBuilder token, List<String> segment) {
		if (token.length() > 0) {
			segment.add(token.toString());
			token.setLength(0);
		}
	}

	private static void endSegment(List<List<String>> segments, List<String> segment) {
		if (!segment.isEmpty()) {
			segments.add(segment);
		}
	}

}
