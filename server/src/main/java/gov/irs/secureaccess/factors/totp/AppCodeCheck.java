package gov.irs.secureaccess.factors.totp;

/**
 * The answer to a code typed from an authenticator app (SIGN-3). Only {@link #ACCEPTED}
 * lets the person on.
 */
public enum AppCodeCheck {

	/**
	 * The code of a step in the window, newer than any accepted before; that step is now
	 * used up.
	 */
	ACCEPTED,

	/** Not a code of this app in the window around now, or not six digits at all. */
	WRONG,

	/**
	 * A right code, but of a step already used (the same code again, or an older one
	 * after a newer one).
	 */
	REPLAYED,

	/**
	 * No app to check against: for {@code verify}, no confirmed app on the account; for
	 * {@code confirm}, no set-up waiting to be confirmed.
	 */
	NOT_ENROLLED

}
