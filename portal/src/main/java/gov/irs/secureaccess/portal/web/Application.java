package gov.irs.secureaccess.portal.web;

import java.util.List;

/** An application of FED-1 (and the document drop of FED-5) with its page and the level of assurance it needs. */
public record Application(String key, String path, int loa) {

	public static final List<Application> ALL = List.of(new Application("transcripts", "/transcripts", 3),
			new Application("ipPin", "/ip-pin", 3), new Application("balance", "/balance", 3),
			new Application("paymentAgreement", "/payment-agreement", 2),
			new Application("tinMatching", "/tin-matching", 3), new Application("documents", "/documents", 1));

}
