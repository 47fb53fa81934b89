package gov.irs.secureaccess.sources.taxrecords;

import java.util.Arrays;

/**
 * Information returns a payer files about a taxpayer; {@link #label()} is how the form is
 * written (and in CSV).
 */
public enum FormType {

	W_2("W-2"), FORM_1099_INT("1099-INT"), FORM_1099_DIV("1099-DIV"), FORM_1099_NEC("1099-NEC"),
	FORM_1099_MISC("1099-MISC"), FORM_1099_R("1099-R"), FORM_1099_G("1099-G"), FORM_1099_K("1099-K"),
	FORM_1099_B("1099-B"), SSA_1099("SSA-1099");

	private final String label;

	FormType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The form with this label, as printed on the return.
	 * @throws IllegalArgumentException if the label is not one of the forms above
	 */
	public static FormType fromLabel(String label) {
		return Arrays.stream(values())
			.filter((type) -> type.label.equalsIgnoreCase(label.strip()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"form type must be one of " + Arrays.stream(values()).map(FormType::label).toList()));
	}

}
