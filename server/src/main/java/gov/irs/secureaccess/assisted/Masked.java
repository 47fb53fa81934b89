package gov.irs.secureaccess.assisted;

import gov.irs.secureaccess.sources.Ssn;

/**
 * What an assistor sees of a person (AST-4: no more PII than the task needs): the SSN's
 * last 4, initial and last name.
 */
final class Masked {

	private Masked() {
	}

	/** {@code ***-**-6789}. */
	static String ssn(Ssn ssn) {
		return "***-**-" + ssn.formatted().substring(7);
	}

	/** {@code J. Smith}. */
	static String name(String first, String last) {
		String initial = (first == null || first.isBlank()) ? "" : first.strip().substring(0, 1) + ". ";
		return initial + last.strip();
	}

}
