package gov.irs.secureaccess.accounts;

/** Where an account stands. */
public enum AccountStatus {

	/** Fully registered: may sign in to the protected applications. */
	ACTIVE,

	/**
	 * Mail path (REG-6): credentials made, waiting for the mailed activation code and a
	 * phone or app.
	 */
	AWAITING_ACTIVATION,

	LOCKED,

	CLOSED

}
