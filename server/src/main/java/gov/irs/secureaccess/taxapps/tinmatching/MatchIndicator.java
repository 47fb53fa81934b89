package gov.irs.secureaccess.taxapps.tinmatching;

/**
 * The TIN Matching result of one name/TIN pair, with the number the IRS's TIN Matching
 * programme gives it.
 */
public enum MatchIndicator {

	/** 0: the name/TIN combination matches the records. */
	MATCH(0),
	/** 1: the TIN is missing, or is not nine digits. */
	TIN_MISSING(1),
	/** 2: the TIN is not currently issued. */
	NOT_ISSUED(2),
	/** 3: the name/TIN combination does not match. */
	NO_MATCH(3),
	/**
	 * 4: invalid request (TIN type other than 1, 2 or 3; name missing, too long or with
	 * characters not allowed).
	 */
	INVALID_REQUEST(4),
	/** 5: the same TIN type, TIN and name earlier in the same request or file. */
	DUPLICATE(5),
	/** 6: TIN type unknown (3), matched as an SSN. */
	MATCHED_SSN(6),
	/** 7: TIN type unknown (3), matched as an EIN. */
	MATCHED_EIN(7),
	/** 8: TIN type unknown (3), matched both as an SSN and as an EIN. */
	MATCHED_BOTH(8);

	private final int code;

	MatchIndicator(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

}
