package gov.irs.secureaccess.session;

import java.io.Serializable;

/**
 * Who is signed in: the account, its username and the level of assurance it reached. Kept
 * in the session.
 */
public record AccountPrincipal(long accountId, String username, int loa) implements Serializable {

	@Override
	public String toString() {
		return "account:" + this.accountId;
	}

}
