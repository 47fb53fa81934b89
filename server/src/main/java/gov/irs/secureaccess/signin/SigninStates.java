package gov.irs.secureaccess.signin;

import gov.irs.secureaccess.factors.SecondFactor;
import gov.irs.secureaccess.factors.passkey.PasskeyFactor;
import gov.irs.secureaccess.factors.phone.TextCodeFactor;
import gov.irs.secureaccess.factors.totp.AppFactor;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyKey;

/**
 * The states of a sign-in (SIGN-1): username, then password (after the site image and
 * phrase), then the code.
 */
final class SigninStates {

	static final String USERNAME = "username";

	static final String PASSWORD = "password";

	static final String CODE = "code";

	static final String DONE = "done";

	/**
	 * The password was a legacy e-Services account's (REG-10, REG-11): the move to Secure
	 * Access takes over.
	 */
	static final String LEGACY = "legacy";

	/**
	 * The password step's outcome when the password is a legacy e-Services account's
	 * (REG-10).
	 */
	static final String OLDER_ACCOUNT = "older-account";

	/** The legacy account whose password was right. */
	static final JourneyKey<Long> KEY_LEGACY = JourneyKey.number("legacyId");

	static final String KEY_USERNAME = "username";

	static final JourneyKey<Long> KEY_ACCOUNT = JourneyKey.number("accountId");

	static final String KEY_ADDRESS = "address";

	static final String KEY_LANGUAGE = "lang";

	/**
	 * Which second factor the code step expects: the {@link SecondFactor#id()} of a typed
	 * one ({@link #FACTOR_SMS} or {@link #FACTOR_APP}).
	 */
	static final String KEY_FACTOR = "factor";

	static final String FACTOR_SMS = TextCodeFactor.ID;

	static final String FACTOR_APP = AppFactor.ID;

	/**
	 * Set when the code step was passed with a passkey instead of a code (never expected
	 * in advance).
	 */
	static final String FACTOR_PASSKEY = PasskeyFactor.ID;

	/**
	 * The challenge of the passkey ceremony offered on the code step (base64url),
	 * replaced at every offer.
	 */
	static final String KEY_PASSKEY_CHALLENGE = "passkeyChallenge";

	/**
	 * The form field of the code step that carries a passkey's answer
	 * ({@code PublicKeyCredential} as JSON).
	 */
	static final String FIELD_PASSKEY = "passkey";

	private SigninStates() {
	}

	static String codeSubject(Journey journey) {
		return "signin:" + journey.id();
	}

}
