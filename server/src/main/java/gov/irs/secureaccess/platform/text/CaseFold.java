package gov.irs.secureaccess.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One caseless, accent-blind form of a text, for comparing what a person typed with what
 * a record holds (REG-2 names, REG-3 addresses): both sides go through {@link #fold}, so
 * a text, its capitals ({@code toUpperCase(Locale.ROOT)}), its lower case and its fold
 * all give the same fold.
 * <p>
 * Lower case alone does not do this: the upper case of some letters is longer or another
 * letter ("ß" is "SS", "ŉ" is "ʼN", "ﬀ" is "FF", "ᾳ" is "ΑΙ"), the lower case of others
 * is not where they came from (dotless "ı" and long "ſ" come back from their capitals as
 * "i" and "s"), and {@code toLowerCase} writes a capital sigma at the end of a word as
 * the final "ς" while a small "σ" stays "σ". So the fold is: compatibility decomposition
 * (NFKD: ligatures, full-width letters, "ſ" are spelled out, accents become marks);
 * lower, upper and lower case again (full mappings, so "ß", "ẞ" and "SS" all become "ss",
 * and the iota subscript becomes the "ι" its capital spells); the final sigma as "σ";
 * NFKD again; and the marks (accents, the dakuten) left out. Idempotent;
 * {@code CaseFoldTest} checks it for every code point.
 */
public final class CaseFold {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private CaseFold() {
	}

	/** The caseless, accent-blind form of a text; "" for null. */
	public static String fold(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.toLowerCase(Locale.ROOT)
			.toUpperCase(Locale.ROOT)
			.toLowerCase(Locale.ROOT)
			.replace('ς', 'σ');
		return MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("");
	}

}
