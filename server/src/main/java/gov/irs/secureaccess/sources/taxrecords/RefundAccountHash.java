package gov.irs.secureaccess.sources.taxrecords;

import gov.irs.secureaccess.sources.SourceKeys;

/**
 * The only form in which a refund account is kept (DATA-2): a keyed hash of the routing
 * number and last 4 digits bound to the person's SSN hash, so the same account of two
 * people never hashes alike.
 */
final class RefundAccountHash {

	static final String PURPOSE = "tax.refund-account";

	private RefundAccountHash() {
	}

	static String input(String ssnHash, RefundAccount account) {
		return ssnHash + ":" + account.routingNumber() + ":" + account.last4();
	}

	static String of(SourceKeys keys, String ssnHash, RefundAccount account) {
		return keys.keyedHash().of(PURPOSE, input(ssnHash, account));
	}

}
