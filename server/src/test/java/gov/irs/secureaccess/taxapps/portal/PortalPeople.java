package gov.irs.secureaccess.taxapps.portal;

import java.util.Map;

import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.registration.TestPeople;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.support.TestPhones;

/**
 * People of the tax records for the portal's end-to-end tests: the "ordinary" generated
 * people of {@link TestPeople}, indexes 70 to 79 only (this package's), each given an
 * active account directly in the store at the level a test needs, with the password of
 * {@link TestAccounts} and a test phone for the texted code.
 */
final class PortalPeople {

	static final int FIRST = 70;

	static final int LAST = 79;

	private final TestPeople people;

	private final Accounts accounts;

	private final PasswordHasher hasher;

	PortalPeople(SourcesProperties sources, Accounts accounts, PasswordHasher hasher) {
		this.people = new TestPeople(sources);
		this.accounts = accounts;
		this.hasher = hasher;
	}

	record Person(SyntheticPerson person, long accountId, String username, String phone,
			Map<String, String> financial) {
	}

	/**
	 * Person {@code index} (70 to 79) with an active account at {@code loa}, proved by
	 * {@code evidence}.
	 */
	Person withAccount(int index, int loa, String evidence) {
		if (index < FIRST || index > LAST) {
			throw new IllegalArgumentException("the portal's end-to-end tests own people 70 to 79");
		}
		SyntheticPerson person = this.people.ordinary(index);
		String username = "portal.person" + index;
		String phone = TestPhones.next();
		long id = this.accounts.create(new NewAccount(username, username + "@example.test",
				person.taxRecord().name().first(), person.taxRecord().name().last(), person.taxRecord().dateOfBirth(),
				person.taxRecord().ssn(), this.hasher.hash(TestAccounts.PASSWORD), "Kites over the river", "flight",
				phone, AccountStatus.ACTIVE, loa, evidence, Map.of()));
		CreditAccount account = person.creditFileIfAny()
			.filter((file) -> !file.frozen())
			.flatMap((file) -> file.accounts()
				.stream()
				.filter((a) -> (a.type() == AccountType.CREDIT_CARD && a.network() != CardNetwork.AMERICAN_EXPRESS)
						|| !a.type().isCard())
				.findFirst())
			.orElseThrow();
		return new Person(person, id, username, phone,
				Map.of("accountType", account.type().name(), "last8", account.last8().digits()));
	}

}
