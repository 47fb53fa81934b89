package gov.irs.secureaccess.insights;

import java.util.Locale;

/**
 * The ways a verification begins or finishes (OUT-1): on the pages, by a texted code, by
 * a mailed code, at the e-Help Desk or in person at a Taxpayer Assistance Center. The
 * code is what {@code verification_event} stores.
 */
public enum VerificationChannel {

	ONLINE, TEXT, MAIL, E_HELP_DESK, IN_PERSON;

	/**
	 * The stored and exported form: {@code online}, {@code text}, {@code mail},
	 * {@code e-help-desk}, {@code in-person}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static VerificationChannel of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
