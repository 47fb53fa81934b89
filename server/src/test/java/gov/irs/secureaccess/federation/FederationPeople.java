package gov.irs.secureaccess.federation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.generator.DemoPeople;
import gov.irs.secureaccess.sources.generator.PopulationGenerator;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.support.TestPhones;

/**
 * Generated people for the federation tests: the "ordinary" people of
 * {@code registration/TestPeople} (same selection, so an index is the same person),
 * indexes 30 to 39 only, which are this package's. Each is given an account directly in
 * the store at the level a test needs.
 */
final class FederationPeople {

	static final int FIRST = 30;

	static final int LAST = 39;

	private static List<SyntheticPerson> ordinary;

	private final Accounts accounts;

	private final PasswordHasher hasher;

	FederationPeople(SourcesProperties sources, Accounts accounts, PasswordHasher hasher) {
		synchronized (FederationPeople.class) {
			if (ordinary == null) {
				SourcesProperties.Generator settings = sources.generator();
				ordinary = new PopulationGenerator(settings.seed(), settings.people(), settings.taxYear()).generate()
					.stream()
					.skip(DemoPeople.all(settings.taxYear()).size())
					.filter((person) -> person.hardCases().isEmpty() && usableAccount(person).isPresent())
					.toList();
			}
		}
		this.accounts = accounts;
		this.hasher = hasher;
	}

	record Person(SyntheticPerson person, long accountId, String username, String phone,
			Map<String, String> financial) {
	}

	/**
	 * Person {@code index} (30 to 39) with an active account at {@code loa}, proved by
	 * {@code evidence}.
	 */
	Person withAccount(int index, int loa, String evidence) {
		if (index < FIRST || index > LAST) {
			throw new IllegalArgumentException("federation tests own people 30 to 39");
		}
		SyntheticPerson person = ordinary.get(index);
		String username = "fed.person" + index;
		String phone = TestPhones.next();
		long id = this.accounts.create(new NewAccount(username, username + "@example.test",
				person.taxRecord().name().first(), person.taxRecord().name().last(), person.taxRecord().dateOfBirth(),
				person.taxRecord().ssn(), this.hasher.hash(TestAccounts.PASSWORD), "Kites over the river", "flight",
				phone, AccountStatus.ACTIVE, loa, evidence, Map.of()));
		CreditAccount account = usableAccount(person).orElseThrow();
		return new Person(person, id, username, phone,
				Map.of("accountType", account.type().name(), "last8", account.last8().digits()));
	}

	private static Optional<CreditAccount> usableAccount(SyntheticPerson person) {
		return person.creditFileIfAny()
			.filter((file) -> !file.frozen())
			.flatMap((file) -> file.accounts()
				.stream()
				.filter((a) -> (a.type() == AccountType.CREDIT_CARD && a.network() != CardNetwork.AMERICAN_EXPRESS)
						|| (!a.type().isCard()))
				.findFirst());
	}

}
