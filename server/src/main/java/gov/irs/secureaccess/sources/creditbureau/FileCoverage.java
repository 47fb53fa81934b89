package gov.irs.secureaccess.sources.creditbureau;

/**
 * REG-14: whether the credit bureau can serve a person at the financial step at all: no
 * file, a frozen file, a file with none of the account types the step accepts (only
 * debit, American Express or corporate cards, or nothing), or a file that lists at least
 * one. Says nothing of which account or how many.
 */
public enum FileCoverage {

	NO_FILE, FROZEN, NONE_ACCEPTED, HAS_ACCEPTED

}
