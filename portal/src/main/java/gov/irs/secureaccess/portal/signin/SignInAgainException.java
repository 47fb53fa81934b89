package gov.irs.secureaccess.portal.signin;

/**
 * The application's tokens are gone or cannot be refreshed: the person signs in to it
 * again.
 */
public final class SignInAgainException extends RuntimeException {

	private final String registrationId;

	public SignInAgainException(String registrationId) {
		super("sign in again to " + registrationId);
		this.registrationId = registrationId;
	}

	public String registrationId() {
		return this.registrationId;
	}

}
