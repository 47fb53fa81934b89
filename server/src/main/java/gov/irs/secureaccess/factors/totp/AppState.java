package gov.irs.secureaccess.factors.totp;

/** Where an account's authenticator app stands (APP-3: at most one per account). */
public enum AppState {

	/** No app, nothing being set up. */
	NONE,

	/** A first app is being set up: its secret waits for the first code. */
	SETTING_UP,

	/** A confirmed app signs in. */
	ENROLLED,

	/**
	 * APP-4: a confirmed app still signs in while a new device's secret waits for its
	 * first code.
	 */
	REPLACING

}
