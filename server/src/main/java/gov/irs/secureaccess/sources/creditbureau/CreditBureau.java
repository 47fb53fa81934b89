package gov.irs.secureaccess.sources.creditbureau;

import java.util.List;

import gov.irs.secureaccess.sources.Ssn;

/** The credit bureau source (port). */
public interface CreditBureau {

	/**
	 * Checks an account the user named. Picking any card type matches any card account (credit, debit or corporate)
	 * with those digits, so the caller learns it was, say, a debit card; a loan type matches that loan type only.
	 * Every check records a soft inquiry, whatever the outcome.
	 */
	AccountCheckResult check(AccountCheck check);

	/** The soft inquiries recorded for this SSN, oldest first. */
	List<SoftInquiry> inquiries(Ssn ssn);

}
