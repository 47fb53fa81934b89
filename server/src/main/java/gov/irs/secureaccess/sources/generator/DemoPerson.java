package gov.irs.secureaccess.sources.generator;

import java.util.Objects;
import java.util.Optional;

import gov.irs.secureaccess.sources.creditbureau.CreditAccount;

/**
 * A hand-made person for trying registration in a browser (docs/demo-people.md).
 *
 * @param label short name of the case
 * @param hardCase the case this person shows; null for the ordinary happy path
 * @param person the person as the sources hold them
 * @param accountToUse the account to type at the financial step (for the no-file case,
 * one the bureau cannot know)
 * @param shows what trying this person demonstrates
 */
public record DemoPerson(String label, HardCase hardCase, SyntheticPerson person, CreditAccount accountToUse,
		String shows) {

	public DemoPerson {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(accountToUse, "accountToUse");
		Objects.requireNonNull(shows, "shows");
	}

	public Optional<HardCase> hardCaseIfAny() {
		return Optional.ofNullable(this.hardCase);
	}

}
