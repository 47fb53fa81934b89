package gov.irs.secureaccess.factors.phone;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyKey;

/**
 * The states of a phone change (REG-12), in order, and the keys of what its journey
 * remembers.
 */
final class PhoneChangeStates {

	static final String FINANCIAL = "financial";

	static final String PHONE = "phone";

	static final String CONFIRM_PHONE = "confirm-phone";

	static final String DONE = "done";

	/**
	 * Journey data keys: whose account (never the SSN: it is read from the account when
	 * needed), the language.
	 */
	static final JourneyKey<Long> ACCOUNT_ID = JourneyKey.number("accountId");

	static final String LANGUAGE = "lang";

	static final String PHONE_E164 = "phone";

	/** Set by the controller, not by the form: the client address for the audit entry. */
	static final String SOURCE_ADDRESS = "_sourceAddress";

	private PhoneChangeStates() {
	}

	static long accountId(Journey journey) {
		return journey.require(ACCOUNT_ID);
	}

	/** The subject the texted code is bound to: a code of another journey never fits. */
	static String codeSubject(Journey journey) {
		return "phone-change:" + journey.id();
	}

}
