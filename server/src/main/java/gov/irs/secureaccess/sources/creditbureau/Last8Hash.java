package gov.irs.secureaccess.sources.creditbureau;

import gov.irs.secureaccess.sources.SourceKeys;

/**
 * The only form in which account digits are kept (DATA-2): a keyed hash of the last 8
 * digits bound to the person's SSN hash, so the same digits of two people never hash
 * alike.
 */
final class Last8Hash {

	static final String PURPOSE = "credit.account-last8";

	private Last8Hash() {
	}

	static String of(SourceKeys keys, String ssnHash, AccountLast8 last8) {
		return keys.keyedHash().of(PURPOSE, ssnHash + ":" + last8.digits());
	}

}
