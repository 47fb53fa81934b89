package gov.irs.secureaccess.recovery;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyKey;

/**
 * The states of a recovery journey and the keys of what it remembers (sealed in the
 * journey row).
 */
final class RecoveryStates {

	static final String IDENTIFY = "identify";

	static final String CODE = "code";

	static final String QUESTIONS = "questions";

	static final String NEW_PASSWORD = "new-password";

	static final String DONE = "done";

	/** The client address the journey started from (audit, per-address limit). */
	static final String KEY_ADDRESS = "address";

	static final String KEY_LANGUAGE = "lang";

	/**
	 * The matching account, when one matched; absent otherwise (the pages go on the same
	 * either way).
	 */
	static final JourneyKey<Long> KEY_ACCOUNT = JourneyKey.number("accountId");

	/** Set when a code was really texted to the matching account's phone. */
	static final String KEY_TEXTED = "texted";

	/**
	 * Set when the two questions are the account's own (mail path without a phone), not
	 * decoys.
	 */
	static final String KEY_OWN_QUESTIONS = "ownQuestions";

	static final String KEY_QUESTION_1 = "question1";

	static final String KEY_QUESTION_2 = "question2";

	/** The username to show at the end of a username reminder. */
	static final String KEY_USERNAME = "username";

	private RecoveryStates() {
	}

	/**
	 * One-time codes are bound to the journey: a code from another journey does not fit
	 * (DATA-5).
	 */
	static String codeSubject(Journey journey) {
		return "recovery:" + journey.id();
	}

	static long accountId(Journey journey) {
		return journey.require(KEY_ACCOUNT);
	}

	/** What the audit log names: the account when one matched, else the journey. */
	static String subject(Journey journey) {
		Long account = journey.get(KEY_ACCOUNT);
		return (account != null) ? "account:" + account : "journey:" + journey.id();
	}

}
