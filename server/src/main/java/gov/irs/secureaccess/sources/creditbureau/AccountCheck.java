package gov.irs.secureaccess.sources.creditbureau;

import java.util.Objects;

import gov.irs.secureaccess.sources.Ssn;

/**
 * A request to the bureau: does this person have an account of the type the user picked
 * ending in these 8 digits?
 *
 * @param requester who asks, as it will appear on the soft inquiry (for example
 * {@code "IRS Secure Access"})
 */
public record AccountCheck(Ssn ssn, AccountType pickedType, AccountLast8 last8, String requester) {

	public AccountCheck {
		Objects.requireNonNull(ssn, "ssn");
		Objects.requireNonNull(pickedType, "pickedType");
		Objects.requireNonNull(last8, "last8");
		Objects.requireNonNull(requester, "requester");
		if (requester.isBlank()) {
			throw new IllegalArgumentException("requester must not be blank");
		}
	}

}
