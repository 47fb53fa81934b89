package gov.irs.secureaccess.accounts.legacy;

import gov.irs.secureaccess.sources.Ssn;

/**
 * An e-Services account from the old system, not yet moved to Secure Access (REG-10,
 * AST-1).
 *
 * @param id the row id ({@code 0} before it is stored)
 * @param username the e-Services username, kept when the user moves
 * @param passwordHash the legacy password hash in its legacy scheme
 * @param firstName first name on the account
 * @param lastName last name on the account
 * @param ssn the account holder's SSN
 * @param email the email on file
 */
public record LegacyAccount(long id, String username, String passwordHash, String firstName, String lastName, Ssn ssn,
		String email) {

	@Override
	public String toString() {
		return "LegacyAccount[id=" + this.id + "]";
	}

}
