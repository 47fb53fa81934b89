package gov.irs.secureaccess.accounts.username;

/**
 * REG-7 uniqueness, answered by the account store (not written yet). Whoever implements
 * it must also put a UNIQUE index on the canonical username, since two registrations can
 * pass this check at the same moment.
 */
@FunctionalInterface
public interface TakenUsernames {

	/**
	 * True when an account (or a registration holding the name) already uses this
	 * canonical username.
	 */
	boolean isTaken(String canonicalUsername);

}
