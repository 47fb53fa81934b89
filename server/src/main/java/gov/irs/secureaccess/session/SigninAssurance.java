package gov.irs.secureaccess.session;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * How the person of a signed-in session proved it, as session attributes set at sign-in,
 * for the applications (federation, FED-4) to ask for: the second factor used, and
 * whether it was phishing-resistant (a passkey: AAL2 phishing-resistant, acr
 * {@link #ACR_PHISHING_RESISTANT}).
 */
public final class SigninAssurance {

	/** The second factor of the sign-in: {@code sms}, {@code app} or {@code passkey}. */
	public static final String FACTOR = "signin.factor";

	/**
	 * {@code Boolean.TRUE} when the sign-in used a phishing-resistant authenticator (a
	 * passkey).
	 */
	public static final String PHISHING_RESISTANT = "signin.phishingResistant";

	/** When the session's sign-in happened: epoch milliseconds ({@code Long}). */
	public static final String SIGNED_IN_AT = "signin.at";

	/**
	 * The OpenID Connect session id ({@code sid}) of this sign-in session: random, not a
	 * secret (applications see it in ID tokens and logout tokens), unlike the session
	 * cookie; kept in the session (PostgreSQL, every node) and kept when the same person
	 * signs in again in the same session ({@code prompt=login}, {@code max_age}).
	 */
	public static final String SESSION_ID = "signin.sid";

	/**
	 * The account {@link #SESSION_ID} belongs to ({@code Long}), so a different person
	 * gets a new one.
	 */
	public static final String SESSION_ID_ACCOUNT = "signin.sidAccount";

	/**
	 * The {@code login_hint} of the application waiting for this sign-in (OIDC Core
	 * 3.1.2.1), set by the federation: the username page starts with it filled in.
	 * Removed when the sign-in completes.
	 */
	public static final String LOGIN_HINT = "signin.loginHint";

	/**
	 * {@code Boolean.TRUE} when a passkey alone signed the person in, without the
	 * password (FED-4).
	 */
	public static final String PASSWORDLESS = "signin.passwordless";

	/**
	 * Set ({@code Boolean.TRUE}) by the federation when the application waiting for this
	 * sign-in asks for a phishing-resistant sign-in: only then may a passkey alone sign
	 * the person in ({@code /sign-in/passkey}).
	 */
	public static final String OFFER_PASSKEY_ALONE = "signin.offerPasskeyAlone";

	/**
	 * Requests saved (Spring Security's {@code RequestCache}) under this path are resumed
	 * when a sign-in completes: the application's authorization request that sent the
	 * person to sign in (FED-2).
	 */
	public static final String RESUMABLE_PATH = "/oauth2/authorize";

	/**
	 * The authentication context class of a phishing-resistant AAL2 sign-in (NIST SP
	 * 800-63-4).
	 */
	public static final String ACR_PHISHING_RESISTANT = "urn:gov:irs:secure-access:aal2:phishing-resistant";

	/**
	 * The authentication context class of any other AAL2 sign-in (password and a security
	 * code).
	 */
	public static final String ACR_AAL2 = "urn:gov:irs:secure-access:aal2";

	private SigninAssurance() {
	}

	public static boolean isPhishingResistant(HttpSession session) {
		return session != null && Boolean.TRUE.equals(session.getAttribute(PHISHING_RESISTANT));
	}

	public static boolean isPasswordless(HttpSession session) {
		return session != null && Boolean.TRUE.equals(session.getAttribute(PASSWORDLESS));
	}

	/** The session's {@link #SESSION_ID}, or null when it is not signed in. */
	public static String sessionId(HttpSession session) {
		return (session != null && session.getAttribute(SESSION_ID) instanceof String sid) ? sid : null;
	}

	/**
	 * Where to resume a saved authorization request: its URL; for one an application
	 * POSTed (OIDC Core 3.1.2.1 allows it) the same parameters as a GET, since a redirect
	 * cannot repeat a POST.
	 */
	public static String resumeUrl(SavedRequest saved) {
		return "POST".equalsIgnoreCase(saved.getMethod()) ? withQuery(saved.getRedirectUrl(), saved.getParameterMap())
				: saved.getRedirectUrl();
	}

	/** {@code url} with exactly these query parameters. */
	public static String withQuery(String url, Map<String, String[]> parameters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(url).replaceQuery(null);
		parameters.forEach((name, values) -> {
			for (String value : values) {
				uri.queryParam(UriUtils.encode(name, StandardCharsets.UTF_8),
						UriUtils.encode(value, StandardCharsets.UTF_8));
			}
		});
		return uri.build(true).toUriString();
	}

	public static String acr(HttpSession session) {
		return isPhishingResistant(session) ? ACR_PHISHING_RESISTANT : ACR_AAL2;
	}

}
