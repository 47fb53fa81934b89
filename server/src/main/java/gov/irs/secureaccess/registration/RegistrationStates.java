package gov.irs.secureaccess.registration;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyKey;
import gov.irs.secureaccess.proofing.FinancialCheck;

/**
 * The states of a registration, in order (REG-1 to REG-7), and the keys of what the
 * journey remembers.
 */
public final class RegistrationStates {

	public static final String CONTACT = "contact";

	public static final String CONFIRM_EMAIL = "confirm-email";

	public static final String IDENTITY = "identity";

	public static final String FINANCIAL = "financial";

	public static final String PHONE = "phone";

	public static final String CONFIRM_PHONE = "confirm-phone";

	public static final String CREDENTIALS = "credentials";

	public static final String DONE = "done";

	/** Journey data keys. */
	public static final String FIRST_NAME = "firstName";

	public static final String MIDDLE_NAME = "middleName";

	public static final String LAST_NAME = "lastName";

	public static final String SUFFIX = "suffix";

	public static final String EMAIL = "email";

	public static final String LANGUAGE = "lang";

	public static final String SSN = "ssn";

	public static final String PATH = "path";

	public static final String PATH_SMS = "sms";

	public static final String PATH_MAIL = "mail";

	public static final String PHONE_E164 = "phone";

	public static final String FINANCIAL_TYPE = FinancialCheck.FINANCIAL_TYPE;

	public static final JourneyKey<Long> ACCOUNT_ID = JourneyKey.number("accountId");

	private RegistrationStates() {
	}

	/**
	 * The subject one-time codes of a registration are bound to: a code from another
	 * journey never fits.
	 */
	public static String codeSubject(Journey journey) {
		return "registration:" + journey.id();
	}

}
