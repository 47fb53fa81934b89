package gov.irs.secureaccess.platform.otp;

/** The answer to a typed one-time code. Only {@link #ACCEPTED} lets the person on. */
public enum CodeCheck {

	ACCEPTED,

	/**
	 * Not the live code for this subject (wrong, from another journey, or replaced by a
	 * newer one).
	 */
	WRONG,

	/** It was the live code, but its time ran out: ask for a new one. */
	EXPIRED,

	/** It was already used once. */
	ALREADY_USED,

	/** No code was ever sent for this subject. */
	NONE_SENT

}
