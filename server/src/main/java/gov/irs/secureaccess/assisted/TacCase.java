package gov.irs.secureaccess.assisted;

import java.io.Serializable;

/**
 * The in-person check a TAC officer's session just recorded (kept in the session, which
 * lives in the database), so the result page can be shown again on reload without
 * recording twice (post, redirect, get). For a new user (AST-5) it also carries the SSN
 * and, once the account exists, the temporary password, both sealed: the officer reads
 * the password out from that page. The masked name ("R. Sanders") and SSN ("***-**-8425")
 * the page shows are sealed too (DATA-1): a session row is data at rest, and a last name
 * with its initial is the person's name.
 */
record TacCase(String caseNumber, long checkId, String sealedSsn, boolean newUser, String sealedMaskedName,
		String sealedMaskedSsn, String firstType, String secondType, String office, String username,
		String sealedTemporaryPassword) implements Serializable {

	static final String SESSION = "tac.case";

	static final String SSN_CONTEXT = "tac.case.ssn";

	static final String PASSWORD_CONTEXT = "tac.case.temporary-password";

	static final String MASKED_CONTEXT = "tac.case.masked";

	boolean created() {
		return this.username != null;
	}

	TacCase created(String createdUsername, String sealedPassword) {
		return new TacCase(this.caseNumber, this.checkId, this.sealedSsn, this.newUser, this.sealedMaskedName,
				this.sealedMaskedSsn, this.firstType, this.secondType, this.office, createdUsername, sealedPassword);
	}

	@Override
	public String toString() {
		return "TacCase[" + this.caseNumber + "]";
	}

}
