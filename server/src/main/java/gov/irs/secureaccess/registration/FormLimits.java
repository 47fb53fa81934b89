package gov.irs.secureaccess.registration;

import java.util.regex.Pattern;

/** Shape checks for what people type, before anything is compared with a source. */
public final class FormLimits {

	/** No field needs more; anything longer is refused with a message, never stored. */
	public static final int MAX_FIELD = 200;

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]{0,99}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>()\\[\\],;:\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private FormLimits() {
	}

	public static boolean tooLong(String value) {
		return value != null && value.length() > MAX_FIELD;
	}

	/** Letters (any language, with accents), spaces, periods, apostrophes and hyphens. */
	public static boolean isName(String value) {
		return NAME.matcher(value).matches();
	}

	/** A mailbox at a domain with at least one dot; the domain's last label is not all digits. */
	public static boolean isEmail(String value) {
		return value.length() <= 254 && EMAIL.matcher(value).matches() && !value.matches(".*\\.\\d+$");
	}

}
