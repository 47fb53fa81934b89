package gov.irs.secureaccess.taxapps.tinmatching;

/**
 * One name/TIN pair to match, as typed or read from a bulk file: nothing is checked yet
 * (bad pairs get indicator 1 or 4, not an exception). {@link #toString()} never shows the
 * TIN or the name (DATA-3).
 *
 * @param tinType 1 SSN, 2 EIN, 3 unknown; null or anything else is an invalid request
 * @param tin nine digits, hyphens allowed
 * @param name the payee's name as the payer has it
 * @param accountNumber the payer's own reference for the payee (echoed in bulk results);
 * may be null
 */
public record TinPair(Integer tinType, String tin, String name, String accountNumber) {

	@Override
	public String toString() {
		return "TinPair[redacted, type=" + this.tinType + "]";
	}

}
