package gov.irs.secureaccess.accounts;

import java.time.LocalDate;

/**
 * Who an account belongs to; kept sealed in the account row (DATA-1). {@code ssn} is in
 * 123-45-6789 form.
 */
public record AccountProfile(String username, String firstName, String lastName, String email, LocalDate dateOfBirth,
		String ssn) {

	@Override
	public String toString() {
		return "AccountProfile[redacted]";
	}

}
