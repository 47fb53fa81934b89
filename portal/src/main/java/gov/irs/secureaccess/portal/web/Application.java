package gov.irs.secureaccess.portal.web;

import java.util.List;
import java.util.Optional;

/**
 * An application of FED-1 (and the document drop of FED-5): its page, the level of
 * assurance it needs, and the OAuth client it signs in through at Secure Access (one per
 * application, so subjects and consent are per application).
 */
public record Application(String key, String path, int loa, String registrationId) {

	public static final List<Application> ALL = List.of(
			new Application("transcripts", "/transcripts", 3, "get-transcript"),
			new Application("ipPin", "/ip-pin", 3, "ip-pin"),
			new Application("balance", "/balance", 3, "online-account"),
			new Application("paymentAgreement", "/payment-agreement", 2, "payment-agreement"),
			new Application("tinMatching", "/tin-matching", 3, "tin-matching"),
			new Application("documents", "/documents", 1, "document-drop"));

	/**
	 * The application whose pages include {@code path} (the request path without the
	 * context path).
	 */
	public static Optional<Application> forPath(String path) {
		return ALL.stream().filter((app) -> path.equals(app.path()) || path.startsWith(app.path() + "/")).findFirst();
	}

	public static Optional<Application> forRegistration(String registrationId) {
		return ALL.stream().filter((app) -> app.registrationId().equals(registrationId)).findFirst();
	}

}
