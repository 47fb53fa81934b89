package gov.irs.secureaccess.factors.totp;

/**
 * What {@link TotpVerifier} found for a typed code: a usable step, a step already used,
 * or nothing.
 *
 * @param check {@link AppCodeCheck#ACCEPTED}, {@link AppCodeCheck#REPLAYED} or
 * {@link AppCodeCheck#WRONG}
 * @param step the matching time step when accepted or replayed; otherwise 0
 */
record TotpMatch(AppCodeCheck check, long step) {

	static TotpMatch accepted(long step) {
		return new TotpMatch(AppCodeCheck.ACCEPTED, step);
	}

	static TotpMatch replayed(long step) {
		return new TotpMatch(AppCodeCheck.REPLAYED, step);
	}

	static TotpMatch wrong() {
		return new TotpMatch(AppCodeCheck.WRONG, 0);
	}

}
