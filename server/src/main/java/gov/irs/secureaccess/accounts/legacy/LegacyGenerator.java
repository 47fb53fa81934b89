package gov.irs.secureaccess.accounts.legacy;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.platform.db.AdvisoryLock;
import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.generator.DemoPeople;
import gov.irs.secureaccess.sources.generator.PopulationGenerator;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes legacy e-Services accounts for the generated population, once (the first start),
 * under an advisory lock so nodes starting together make them once: the documented
 * {@link DemoLegacyUsers} and, deterministically, every n-th ordinary generated person up
 * to the configured number. People who already have a Secure Access account, or whose
 * username or SSN is already imported, are skipped.
 */
@Service
public class LegacyGenerator {

	private static final Logger log = LoggerFactory.getLogger(LegacyGenerator.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final LegacyAccounts legacy;

	private final Accounts accounts;

	private final Clock clock;

	LegacyGenerator(JdbcClient jdbc, TransactionTemplate transactions, LegacyAccounts legacy, Accounts accounts,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.legacy = legacy;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Makes the legacy accounts of the generated population, once.
	 * @return how many were made, or empty when they were made before
	 */
	public Optional<Integer> generateOnce(SourcesProperties.Generator population, LegacyProperties.Generator settings) {
		return Optional.ofNullable(this.transactions.execute((status) -> {
			AdvisoryLock.LEGACY_GENERATION.holdUntilCommit(this.jdbc);
			if (this.jdbc.sql("select exists (select 1 from legacy_generation)").query(Boolean.class).single()) {
				return null;
			}
			long start = System.nanoTime();
			int made = 0;
			for (LegacyAccount account : accountsFor(population, settings.accounts())) {
				if (!this.accounts.isRegistered(account.ssn()) && !this.accounts.isUsernameTaken(account.username())
						&& !this.legacy.isUsernameTaken(account.username())
						&& this.legacy.findBySsn(account.ssn()).isEmpty()) {
					this.legacy.add(account);
					made++;
				}
			}
			this.jdbc.sql("insert into legacy_generation (id, generated_at, accounts) values (1, :at, :made)")
				.param("at", Timestamp.from(this.clock.instant()))
				.param("made", made)
				.update();
			log.info("Generated {} legacy e-Services accounts in {} ms", made, (System.nanoTime() - start) / 1_000_000);
			return made;
		}));
	}

	/**
	 * The legacy accounts of a generated population, the same for the same settings: the
	 * demo legacy users first, then {@code count} ordinary people spread evenly over the
	 * population (passwords nobody is told).
	 */
	static List<LegacyAccount> accountsFor(SourcesProperties.Generator population, int count) {
		List<LegacyAccount> made = new ArrayList<>();
		Random random = new Random(population.seed() ^ 0x1E6AC7L);
		List<SyntheticPerson> demo = DemoPeople.all(population.taxYear()).stream().map((d) -> d.person()).toList();
		for (DemoLegacyUsers.DemoLegacyUser user : DemoLegacyUsers.ALL) {
			PersonName name = demo.get(user.demoPerson() - 1).taxRecord().name();
			made.add(new LegacyAccount(0, user.username(),
					LegacyPasswordScheme.hash(user.password(), salt(random), DemoLegacyUsers.DEMO_ITERATIONS),
					name.first(), name.last(), demo.get(user.demoPerson() - 1).taxRecord().ssn(), user.email()));
		}
		if (count == 0) {
			return made;
		}
		List<SyntheticPerson> ordinary = new PopulationGenerator(population.seed(), population.people(),
				population.taxYear())
			.generate()
			.stream()
			.skip(demo.size())
			.toList();
		int step = Math.max(1, ordinary.size() / Math.max(1, count));
		for (int i = step - 1, n = 0; i < ordinary.size() && n < count; i += step, n++) {
			SyntheticPerson person = ordinary.get(i);
			PersonName name = person.taxRecord().name();
			String base = ascii(name.first()).substring(0, 1) + ascii(name.last());
			String username = ((base.length() > 20) ? base.substring(0, 20) : base) + String.format("%05d", i);
			// Nobody is told these passwords, and nobody may work them out: from the
			// public seed they could be.
			String password = Long.toString(UNGUESSABLE.nextLong() & Long.MAX_VALUE, 36);
			made.add(
					new LegacyAccount(0, username,
							LegacyPasswordScheme.hash(password, salt(UNGUESSABLE),
									DemoLegacyUsers.GENERATED_ITERATIONS),
							name.first(), name.last(), person.taxRecord().ssn(),
							username.toLowerCase(Locale.ROOT) + "@example.test"));
		}
		return made;
	}

	private static final SecureRandom UNGUESSABLE = new SecureRandom();

	private static byte[] salt(Random random) {
		byte[] salt = new byte[16];
		random.nextBytes(salt);
		return salt;
	}

	private static String ascii(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[^A-Za-z]", "");
		return plain.isEmpty() ? "x" : plain;
	}

}
