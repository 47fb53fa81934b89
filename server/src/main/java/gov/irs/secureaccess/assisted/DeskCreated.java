package gov.irs.secureaccess.assisted;

import java.io.Serializable;

/**
 * The account an assistor just created (AST-2, AST-3), kept in the session so its page
 * can be shown again on reload without creating anything twice (post, redirect, get); the
 * temporary password sealed. The next look-up ends it.
 */
record DeskCreated(String caseNumber, String username, String sealedTemporaryPassword,
		boolean inPerson) implements Serializable {

	static final String SESSION = "assist.created";

	static final String PASSWORD_CONTEXT = "assist.created.temporary-password";

	@Override
	public String toString() {
		return "DeskCreated[" + this.caseNumber + "]";
	}

}
