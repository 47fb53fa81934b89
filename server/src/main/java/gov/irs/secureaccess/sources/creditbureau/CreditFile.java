package gov.irs.secureaccess.sources.creditbureau;

import java.util.List;
import java.util.Objects;

import gov.irs.secureaccess.sources.Ssn;

/** A person's file at the bureau, as loaded: whether it is frozen, and its accounts. */
public record CreditFile(Ssn ssn, boolean frozen, List<CreditAccount> accounts) {

	public CreditFile {
		Objects.requireNonNull(ssn, "ssn");
		accounts = List.copyOf(accounts);
	}

}
