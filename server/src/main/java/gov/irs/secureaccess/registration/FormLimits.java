package gov.irs.secureaccess.registration;

import java.util.List;
import java.util.regex.Pattern;

import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;

/** Shape checks for what people type, before anything is compared with a source. */
public final class FormLimits {

	/** No field needs more; anything longer is refused with a message, never stored. */
	public static final int MAX_FIELD = 200;

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]{0,99}");

	private static final Pattern EMAIL = Pattern.compile(
			"[^@\\s<>()\\[\\],;:\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private FormLimits() {
	}

	public static boolean tooLong(String value) {
		return value != null && value.length() > MAX_FIELD;
	}

	/**
	 * The refusal of the first of these fields (name, then the message key of its label,
	 * in page order) that is longer than {@link #MAX_FIELD}: the message names the field
	 * and the page marks it. Null when none is.
	 */
	public static StepOutcome tooLong(StepInput input, String... fieldsAndLabels) {
		for (int i = 0; i < fieldsAndLabels.length; i += 2) {
			if (tooLong(input.get(fieldsAndLabels[i]))) {
				return new StepOutcome.Rejected("register.error.tooLong", false, "register.error.tooLong",
						List.of(new FieldLabel(fieldsAndLabels[i], fieldsAndLabels[i + 1]), MAX_FIELD));
			}
		}
		return null;
	}

	/** Letters (any language, with accents), spaces, periods, apostrophes and hyphens. */
	public static boolean isName(String value) {
		return NAME.matcher(value).matches();
	}

	/**
	 * A mailbox at a domain with at least one dot; the domain's last label is not all
	 * digits.
	 */
	public static boolean isEmail(String value) {
		return value.length() <= 254 && EMAIL.matcher(value).matches() && !value.matches(".*\\.\\d+$");
	}

}
