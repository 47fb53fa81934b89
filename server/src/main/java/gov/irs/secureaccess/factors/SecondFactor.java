package gov.irs.secureaccess.factors;

import gov.irs.secureaccess.accounts.AccountLogin;

/**
 * One second factor of sign-in (SIGN-1 to SIGN-3, passkeys), in the spirit of Keycloak's
 * Authenticator: whether it is set up for an account, whether choosing it sends the
 * person something, and how an answer is checked. Sign-in and the legacy merge ask
 * {@link SecondFactors} instead of deciding between text, app and passkey themselves, so
 * a new factor is one implementation (a Spring component) plus its part of the code page.
 */
public interface SecondFactor {

	/**
	 * The name the journey keeps and the audit records ({@code sms}, {@code app},
	 * {@code passkey}).
	 */
	String id();

	/**
	 * Lower comes first: the factor a sign-in starts with when several are set up (the
	 * app, which needs nothing sent, before a text, SIGN-3).
	 */
	int preference();

	/** Whether the account can use this factor now. */
	boolean configuredFor(AccountLogin login);

	/**
	 * Whether its answer is typed on the code page (a code). A factor answered by the
	 * browser (a passkey's ceremony) is offered beside a typed one and never starts a
	 * sign-in alone.
	 */
	default boolean typed() {
		return true;
	}

	/**
	 * Whether choosing it sends the person a code (a text): the journey sends it with its
	 * own limits and words.
	 */
	default boolean sendsCode() {
		return false;
	}

	/**
	 * Checks an answer. Never throws for anything a person or browser can send: what
	 * cannot be read is {@link FactorCheck#UNREADABLE}.
	 */
	FactorCheck verify(long accountId, FactorChallenge challenge, String answer);

}
