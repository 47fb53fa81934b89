package gov.irs.secureaccess.registration.activation;

/** The mail path's finish (REG-6): sign in, the mailed code, a phone, the texted code, done. */
final class ActivationStates {

	static final String SIGN_IN = "sign-in";

	static final String CODE = "code";

	static final String PHONE = "phone";

	static final String CONFIRM_PHONE = "confirm-phone";

	static final String DONE = "done";

	static final String ACCOUNT_ID = "accountId";

	static final String PHONE_E164 = "phone";

	static final String LANGUAGE = "lang";

	private ActivationStates() {
	}

	static String smsSubject(gov.irs.secureaccess.journey.Journey journey) {
		return "activation:" + journey.id();
	}

	static String accountSubject(gov.irs.secureaccess.journey.Journey journey) {
		return "account:" + journey.get(ACCOUNT_ID);
	}

}
