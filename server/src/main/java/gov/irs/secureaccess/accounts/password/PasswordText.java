package gov.irs.secureaccess.accounts.password;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import gov.irs.secureaccess.platform.text.ControlCharacters;

/**
 * How passwords are read: NFKC-normalised (NIST SP 800-63B 5.1.1.2), so the same password
 * typed on another keyboard or input method (composed vs decomposed accents, full-width
 * letters) is the same password. Lengths are counted in code points of that form, so an
 * emoji or an accented letter counts as one character.
 */
final class PasswordText {

	private PasswordText() {
	}

	static String normalize(String password) {
		return Normalizer.normalize(password, Normalizer.Form.NFKC);
	}

	/**
	 * The normalised form lower-cased, for case-insensitive list and containment checks.
	 */
	static String folded(String password) {
		return normalize(password).toLowerCase(Locale.ROOT);
	}

	static int length(String normalized) {
		return normalized.codePointCount(0, normalized.length());
	}

	/** The first {@code codePoints} code points of a normalised password. */
	static String prefix(String normalized, int codePoints) {
		if (length(normalized) <= codePoints) {
			return normalized;
		}
		return normalized.substring(0, normalized.offsetByCodePoints(0, codePoints));
	}

	/**
	 * True when every character can be typed and seen: any letter, digit, mark, symbol,
	 * punctuation or space, but no control character (tab, newline, NUL…) and no unpaired
	 * surrogate.
	 */
	static boolean isPrintable(String normalized) {
		return normalized.codePoints().noneMatch(PasswordText::isUnprintable);
	}

	private static boolean isUnprintable(int codePoint) {
		return ControlCharacters.isControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE;
	}

	/** The bytes that are hashed: UTF-8 of the NFKC form. Callers zero them after use. */
	static byte[] hashInput(String password) {
		return normalize(password).getBytes(StandardCharsets.UTF_8);
	}

}
