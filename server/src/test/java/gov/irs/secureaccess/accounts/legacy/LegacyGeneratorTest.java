package gov.irs.secureaccess.accounts.legacy;

import java.util.HashSet;
import java.util.List;

import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.generator.DemoPeople;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-10: the generated population comes with legacy e-Services accounts, the documented
 * demo users first.
 */
@IntegrationTest
class LegacyGeneratorTest {

	@Autowired
	LegacyAccounts legacy;

	@Autowired
	LegacyGenerator generator;

	@Autowired
	SourcesProperties sources;

	@Autowired
	LegacyProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Test
	void REG_10_whenTheServiceFirstStarts_thenTheDemoLegacyUsersExistWithTheirDocumentedPasswords() {
		for (DemoLegacyUsers.DemoLegacyUser user : DemoLegacyUsers.ALL) {
			LegacyAccount account = this.legacy.findByUsername(user.username()).orElseThrow();
			var demo = DemoPeople.all(this.sources.generator().taxYear())
				.get(user.demoPerson() - 1)
				.person()
				.taxRecord();
			assertThat(account.ssn()).isEqualTo(demo.ssn());
			assertThat(account.lastName()).isEqualTo(demo.name().last());
			assertThat(LegacyPasswordScheme.verify(user.password(), account.passwordHash())).isTrue();
		}
	}

	@Test
	void REG_10_whenStartedAgain_thenTheGeneratorMakesNothingMore() {
		long before = this.legacy.count();
		assertThat(this.generator.generateOnce(this.sources.generator(), new LegacyProperties.Generator(true, 50)))
			.isEmpty();
		assertThat(this.legacy.count()).isEqualTo(before);
		assertThat(this.jdbc.sql("select accounts from legacy_generation").query(Integer.class).single())
			.isEqualTo(DemoLegacyUsers.ALL.size());
	}

	@Test
	void REG_10_whenOrdinaryPeopleGetLegacyAccounts_thenTheChoiceIsDeterministicSpreadAndUnique() {
		SourcesProperties.Generator population = new SourcesProperties.Generator(20261122, 300, 2025);
		List<LegacyAccount> first = LegacyGenerator.accountsFor(population, 10);
		List<LegacyAccount> again = LegacyGenerator.accountsFor(population, 10);

		assertThat(first).hasSize(DemoLegacyUsers.ALL.size() + 10);
		assertThat(first.stream().map(LegacyAccount::username).toList())
			.isEqualTo(again.stream().map(LegacyAccount::username).toList());
		// Found by FindSecBugs (PREDICTABLE_RANDOM): drawn from the public seed, every
		// generated password could be recomputed by anyone, and the legacy account moved
		// into an account of theirs (REG-10).
		assertThat(first.stream().skip(DemoLegacyUsers.ALL.size()).map(LegacyAccount::passwordHash).toList())
			.as("generated people's passwords are drawn afresh, not from the seed")
			.doesNotContainAnyElementsOf(again.stream().map(LegacyAccount::passwordHash).toList());
		assertThat(new HashSet<>(first.stream().map(LegacyAccount::ssn).toList())).hasSize(first.size());
		assertThat(first.stream().skip(DemoLegacyUsers.ALL.size()))
			.allSatisfy((account) -> assertThat(LegacyPasswordScheme.isWellFormed(account.passwordHash())).isTrue());
		assertThat(LegacyGenerator.accountsFor(population, 0)).hasSize(DemoLegacyUsers.ALL.size());
		assertThat(this.properties.generator().accounts()).as("tests keep generated people free").isZero();
	}

}
