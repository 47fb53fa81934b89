package gov.irs.secureaccess.sources.creditbureau;

import java.util.List;

import gov.irs.secureaccess.sources.Ssn;

/** The credit bureau source (port). */
public interface CreditBureau {

	/**
	 * Checks an account the user named. Picking any card type matches any card account
	 * (credit, debit or corporate) with those digits, so the caller learns it was, say, a
	 * debit card; a loan type matches that loan type only. Every check records a soft
	 * inquiry, whatever the outcome.
	 */
	AccountCheckResult check(AccountCheck check);

	/**
	 * REG-14: whether this person's file lists an account of one of the {@code accepted}
	 * types (a credit card counts unless it is American Express; debit and corporate
	 * cards never count). Used when a person says they hold none of the accounts the
	 * financial step lists. It reads the file, so it records a soft inquiry too.
	 */
	FileCoverage coverage(Ssn ssn, List<AccountType> accepted, String requester);

	/** The soft inquiries recorded for this SSN, oldest first. */
	List<SoftInquiry> inquiries(Ssn ssn);

}
