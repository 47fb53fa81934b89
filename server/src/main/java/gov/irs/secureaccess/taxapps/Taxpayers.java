package gov.irs.secureaccess.taxapps;

import java.util.Objects;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.stereotype.Component;

/**
 * Who an account is, for the tax applications: the SSN from the account's sealed profile
 * (DATA-1), and the keyed hash under which the applications keep their own rows about
 * that person.
 */
@Component
public final class Taxpayers {

	static final String SSN_PURPOSE = "taxapps.ssn";

	private final Accounts accounts;

	private final KeyedHash keyedHash;

	Taxpayers(Accounts accounts, KeyedHash keyedHash) {
		this.accounts = Objects.requireNonNull(accounts, "accounts");
		this.keyedHash = Objects.requireNonNull(keyedHash, "keyedHash");
	}

	public Ssn ssnOf(long accountId) {
		return Ssn.parse(this.accounts.profile(accountId).ssn());
	}

	public String key(Ssn ssn) {
		return this.keyedHash.of(SSN_PURPOSE, ssn.formatted());
	}

}
