package gov.irs.secureaccess.signin.legacy;

import java.util.Locale;

import gov.irs.secureaccess.factors.phone.TextCodeFactor;
import gov.irs.secureaccess.factors.totp.AppFactor;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyKey;

/**
 * The states of moving a legacy e-Services account to Secure Access and the keys of what
 * its journey remembers. REG-10: financial, phone, texted code (or the mail path), new
 * password. REG-11: the existing Secure Access account's password, then its second
 * factor.
 */
final class LegacyStates {

	static final String FINANCIAL = "financial";

	static final String PHONE = "phone";

	static final String CONFIRM_PHONE = "confirm-phone";

	static final String PASSWORD = "password";

	static final String DONE = "done";

	static final String MERGE_PASSWORD = "merge-password";

	static final String MERGE_CODE = "merge-code";

	static final String MERGED = "merged";

	/** Journey data keys. */
	static final JourneyKey<Long> LEGACY_ID = JourneyKey.number("legacyId");

	static final String LANGUAGE = "lang";

	static final String ADDRESS = "address";

	/**
	 * The Secure Access account: made at the end of REG-10, or the one to merge into
	 * (REG-11).
	 */
	static final JourneyKey<Long> ACCOUNT_ID = JourneyKey.number("accountId");

	static final String PHONE_E164 = "phone";

	static final String PATH = "path";

	static final String PATH_SMS = "sms";

	static final String PATH_MAIL = "mail";

	/**
	 * REG-11: the second factor of the Secure Access account ({@code sms} or
	 * {@code app}).
	 */
	static final String FACTOR = "factor";

	static final String FACTOR_SMS = TextCodeFactor.ID;

	static final String FACTOR_APP = AppFactor.ID;

	private LegacyStates() {
	}

	static long legacyId(Journey journey) {
		return journey.require(LEGACY_ID);
	}

	static Locale locale(Journey journey) {
		return Locale.forLanguageTag(journey.get(LANGUAGE));
	}

	/**
	 * The subject the journey's texted codes are bound to: a code of another journey
	 * never fits.
	 */
	static String codeSubject(Journey journey) {
		return "legacy:" + journey.id();
	}

}
