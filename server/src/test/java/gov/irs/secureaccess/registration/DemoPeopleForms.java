package gov.irs.secureaccess.registration;

import java.util.Map;

/** What demo people type (docs/demo-people.md). */
final class DemoPeopleForms {

	static final Map<String, String> OLIVIA_CONTACT = Map.of("firstName", "Olivia", "lastName", "Bennett", "email",
			"olivia.bennett@example.test");

	static final Map<String, String> OLIVIA_IDENTITY = Map.of("ssn", "666-01-0001", "dobMonth", "4", "dobDay", "12",
			"dobYear", "1986", "filingStatus", "SINGLE", "line1", "1450 Maple Avenue", "city", "Columbus", "state",
			"OH", "postalCode", "43215");

	static final Map<String, String> OLIVIA_VISA = Map.of("accountType", "CREDIT_CARD", "last8", "41120734");

	static final String OLIVIA_PHONE = "(614) 555-0101";

	static final String OLIVIA_E164 = "+16145550101";

	static Map<String, String> credentials(String username) {
		return Map.of("username", username, "password", "lantern maple harbor quietly", "passwordConfirm",
				"lantern maple harbor quietly", "sitePhrase", "Blue kites over the river", "siteImage", "flight");
	}

	private DemoPeopleForms() {
	}

}
