package gov.irs.secureaccess.registration.activation;

import java.util.Locale;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyKey;

/**
 * The mail path's finish (REG-6): sign in, the mailed code, a phone and the texted code,
 * or an authenticator app and its first code (APP-2), done.
 */
final class ActivationStates {

	static final String SIGN_IN = "sign-in";

	static final String CODE = "code";

	static final String PHONE = "phone";

	static final String CONFIRM_PHONE = "confirm-phone";

	/** APP-2: an authenticator app instead of a phone; its first code finishes. */
	static final String APP = "app";

	static final String DONE = "done";

	static final JourneyKey<Long> ACCOUNT_ID = JourneyKey.number("accountId");

	static final String PHONE_E164 = "phone";

	static final String LANGUAGE = "lang";

	/**
	 * The address the journey was started from, for the audit of the app's confirmation
	 * (DATA-4).
	 */
	static final String ADDRESS = "address";

	private ActivationStates() {
	}

	static String smsSubject(Journey journey) {
		return "activation:" + journey.id();
	}

	static Locale locale(Journey journey) {
		String language = journey.get(LANGUAGE);
		return Locale.forLanguageTag((language != null) ? language : "en");
	}

	static String accountSubject(Journey journey) {
		return "account:" + journey.get(ACCOUNT_ID);
	}

}
