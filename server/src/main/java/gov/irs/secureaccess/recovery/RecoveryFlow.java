package gov.irs.secureaccess.recovery;

/**
 * The two ways back into an account (SIGN-7): a reminder of the username, or a new
 * password. Each is its own journey type with its own page address and its own slot in
 * the HTTP session.
 */
enum RecoveryFlow {

	/**
	 * Email, then the texted code (or the secret questions): the username is shown and
	 * emailed.
	 */
	USERNAME("recovery-username", "forgot-username", "username"),

	/**
	 * Username and email, then the texted code (or the secret questions), then a new
	 * password.
	 */
	PASSWORD("recovery-password", "forgot-password", "password");

	private final String journeyType;

	private final String pathSegment;

	private final String key;

	RecoveryFlow(String journeyType, String pathSegment, String key) {
		this.journeyType = journeyType;
		this.pathSegment = pathSegment;
		this.key = key;
	}

	String journeyType() {
		return this.journeyType;
	}

	/** Under {@code /sign-in/}. */
	String pathSegment() {
		return this.pathSegment;
	}

	String path() {
		return "/sign-in/" + this.pathSegment;
	}

	/** The part of the message keys that differs, {@code recovery.<key>.*}. */
	String key() {
		return this.key;
	}

	/** The session attribute holding this flow's journey id. */
	String sessionAttribute() {
		return "recovery." + this.key + ".journey";
	}

	static RecoveryFlow ofPathSegment(String segment) {
		for (RecoveryFlow flow : values()) {
			if (flow.pathSegment.equals(segment)) {
				return flow;
			}
		}
		throw new IllegalArgumentException("no recovery flow at " + segment);
	}

}
