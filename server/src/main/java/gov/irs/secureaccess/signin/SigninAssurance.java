package gov.irs.secureaccess.signin;

import jakarta.servlet.http.HttpSession;

/**
 * How the person of a signed-in session proved it, as session attributes set at sign-in, for the applications
 * (federation, FED-4) to ask for: the second factor used, and whether it was phishing-resistant (a passkey: AAL2
 * phishing-resistant, acr {@link #ACR_PHISHING_RESISTANT}).
 */
public final class SigninAssurance {

	/** The second factor of the sign-in: {@code sms}, {@code app} or {@code passkey}. */
	public static final String FACTOR = "signin.factor";

	/** {@code Boolean.TRUE} when the sign-in used a phishing-resistant authenticator (a passkey). */
	public static final String PHISHING_RESISTANT = "signin.phishingResistant";

	/** The authentication context class of a phishing-resistant AAL2 sign-in (NIST SP 800-63-4). */
	public static final String ACR_PHISHING_RESISTANT = "urn:gov:irs:secure-access:aal2:phishing-resistant";

	/** The authentication context class of any other AAL2 sign-in (password and a security code). */
	public static final String ACR_AAL2 = "urn:gov:irs:secure-access:aal2";

	private SigninAssurance() {
	}

	public static boolean isPhishingResistant(HttpSession session) {
		return session != null && Boolean.TRUE.equals(session.getAttribute(PHISHING_RESISTANT));
	}

	public static String acr(HttpSession session) {
		return isPhishingResistant(session) ? ACR_PHISHING_RESISTANT : ACR_AAL2;
	}

}
