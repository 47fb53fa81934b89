package gov.irs.secureaccess.factors;

/** What a second factor made of an answer. */
public enum FactorCheck {

	/** Right: the second factor is proved. */
	ACCEPTED,

	/** Wrong: a failed sign-in of the account (SIGN-5). */
	WRONG,

	/** A right code used before (SIGN-3: each app code once): also a failed sign-in. */
	REPLAYED,

	/** The code's time ran out: ask for a new one; no attempt is spent. */
	EXPIRED,

	/** The factor is not set up (any more) for the account: no attempt is spent. */
	NOT_SET_UP,

	/**
	 * Nothing to check against, or an answer that is not one (a ceremony without its
	 * challenge): start the ceremony again; no attempt is spent.
	 */
	UNREADABLE

}
