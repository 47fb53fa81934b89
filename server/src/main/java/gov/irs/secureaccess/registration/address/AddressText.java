package gov.irs.secureaccess.registration.address;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds free text into comparable tokens: case, diacritics (Montréal = Montreal, ß = ss), punctuation and
 * whitespace are forms, not content. Commas, semicolons and line breaks split a field into segments. Each token is
 * then put in its canonical form by {@link UspsAbbreviations}. Linear in the length of the text; never throws.
 */
final class AddressText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** "U.S.A.", "D.C", "P.O.", "N.E." are one word each. */
	private static final Pattern DOTTED_INITIALS = Pattern
		.compile("(?<![\\p{L}\\p{N}])(\\p{L})\\.(\\p{L})(?:\\.(\\p{L}))?\\.?(?![\\p{L}\\p{N}])");

	private static final String[][] LETTERS = { { "ß", "ss" }, { "ẞ", "ss" }, { "æ", "ae" }, { "Æ", "ae" },
			{ "œ", "oe" }, { "Œ", "oe" }, { "ø", "o" }, { "Ø", "o" }, { "ł", "l" }, { "Ł", "l" }, { "đ", "d" },
			{ "Đ", "d" }, { "ð", "d" }, { "þ", "th" }, { "ı", "i" } };

	private AddressText() {
	}

	/** Lower case, no diacritics, special letters spelled out. */
	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		for (String[] letter : LETTERS) {
			folded = folded.replace(letter[0], letter[1]);
		}
		folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
		folded = folded.toLowerCase(Locale.ROOT);
		return DOTTED_INITIALS.matcher(folded)
			.replaceAll((m) -> m.group(1) + m.group(2) + ((m.group(3) != null) ? m.group(3) : ""));
	}

	/** The canonical tokens of a text, segment by segment. */
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
			else if ((c == '-' || c == '/') && endsWithDigit(token) && i + 1 < folded.length()
					&& Character.isDigit(folded.charAt(i + 1))) {
				token.append(c);
			}
			else if (c == '\'' || c == '\u2019' || c == '`') {
				continue;
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

	/** The canonical tokens of a text, segments joined. */
	static List<String> tokens(String text) {
		return flatten(segments(text));
	}

	static List<String> flatten(List<List<String>> segments) {
		List<String> all = new ArrayList<>();
		segments.forEach(all::addAll);
		return all;
	}

	private static boolean endsWithDigit(StringBuilder token) {
		return token.length() > 0 && Character.isDigit(token.charAt(token.length() - 1));
	}

	private static void flush(StringBuilder token, List<String> segment) {
		if (token.length() > 0) {
			segment.addAll(UspsAbbreviations.canonical(token.toString()));
			token.setLength(0);
		}
	}

	private static void endSegment(List<List<String>> segments, List<String> segment) {
		if (!segment.isEmpty()) {
			segments.add(segment);
		}
	}

}
