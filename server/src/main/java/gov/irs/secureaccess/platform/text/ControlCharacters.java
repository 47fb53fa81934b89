package gov.irs.secureaccess.platform.text;

/**
 * The one definition of a control character (issue 14 item 4): C0 (U+0000 to U+001F), DEL
 * (U+007F) and C1 (U+0080 to U+009F), Unicode's general category Cc
 * ({@code Character.isISOControl}). PostgreSQL cannot store a NUL, none of them can be
 * seen or typed on purpose, so what people type (forms at the edge, OAuth parameters,
 * passwords, passkey names) and what is imported (legacy accounts) holds none; only a
 * form's text may hold tabs and line breaks.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Whether a code point (or a UTF-16 unit) is a control character. */
	public static boolean isControl(int codePoint) {
		return (codePoint >= 0 && codePoint <= 0x1f) || (codePoint >= 0x7f && codePoint <= 0x9f);
	}

	/**
	 * Whether the text holds a control character, tab and line breaks included; false for
	 * null.
	 */
	public static boolean any(CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the text holds a control character other than tab, line feed and carriage
	 * return, which a form's field may hold (a text area, a pasted value); false for
	 * null.
	 */
	public static boolean anyButTabsAndLineBreaks(CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

}
