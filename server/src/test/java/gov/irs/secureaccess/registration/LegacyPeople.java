package gov.irs.secureaccess.registration;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.accounts.legacy.LegacyPasswordScheme;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;

/**
 * Legacy e-Services accounts for the generated people the legacy tests own (TestPeople
 * ordinary indexes 50 to 59): any legacy account the generator gave the person is
 * replaced by one with a known username and password.
 */
final class LegacyPeople {

	static final String OLD_PASSWORD = "quill harbor eServices 2017";

	private LegacyPeople() {
	}

	static LegacyAccount legacyAccount(LegacyAccounts legacy, SyntheticPerson person, String username) {
		legacy.findBySsn(person.taxRecord().ssn()).ifPresent((existing) -> legacy.remove(existing.id()));
		String hash = LegacyPasswordScheme.hash(OLD_PASSWORD, username.getBytes(StandardCharsets.UTF_8), 1000);
		long id = legacy.add(new LegacyAccount(0, username, hash, person.taxRecord().name().first(),
				person.taxRecord().name().last(), person.taxRecord().ssn(),
				username.toLowerCase(Locale.ROOT) + "@example.test"));
		return legacy.findById(id).orElseThrow();
	}

}
