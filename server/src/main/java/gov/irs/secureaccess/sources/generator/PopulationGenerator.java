package gov.irs.secureaccess.sources.generator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.creditbureau.CreditFile;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.taxrecords.Address;
import gov.irs.secureaccess.sources.taxrecords.FilingStatus;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;

/**
 * A deterministic synthetic population: the demo people first, then people drawn from
 * {@code new Random(seed)}. The same seed, size and tax year always give the same people.
 * SSNs lie only in never-issued ranges (area 666 or 900-999) and are unique; phone
 * numbers are fictional and unique.
 */
public final class PopulationGenerator {

	/** Bounded by the fictional 555-01XX numbers available (see {@link PhoneNumbers}). */
	public static final int MAX_PEOPLE = 60_000;

	private final long seed;

	private final int people;

	private final int taxYear;

	private final Instant asOf;

	/**
	 * A population whose recent SIM changes (REG-13) are recent on tax day after
	 * {@code taxYear}.
	 */
	public PopulationGenerator(long seed, int people, int taxYear) {
		this(seed, people, taxYear, referenceInstant(taxYear));
	}

	/**
	 * A generator of {@code people} synthetic people from {@code seed}.
	 * @param asOf the moment the population is made (the service's clock at first start):
	 * SIM changes and ports "in the last days" are days before it
	 */
	public PopulationGenerator(long seed, int people, int taxYear, Instant asOf) {
		int demos = DemoPeople.COUNT;
		if (people < demos || people > MAX_PEOPLE) {
			throw new IllegalArgumentException(
					"people must be between " + demos + " (the demo people) and " + MAX_PEOPLE);
		}
		if (taxYear < 2000 || taxYear > 2100) {
			throw new IllegalArgumentException("tax year must be between 2000 and 2100");
		}
		this.seed = seed;
		this.people = people;
		this.taxYear = taxYear;
		this.asOf = Objects.requireNonNull(asOf, "asOf");
	}

	/** Tax day (April 15) of the year after the return, at midnight UTC. */
	public static Instant referenceInstant(int taxYear) {
		return LocalDate.of(taxYear + 1, 4, 15).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	public List<SyntheticPerson> generate() {
		Random random = new Random(this.seed);
		PhoneNumbers numbers = new PhoneNumbers();
		Set<Ssn> ssns = new HashSet<>();
		List<SyntheticPerson> population = new ArrayList<>(this.people);
		ProofingTraits traits = new ProofingTraits(this.seed, this.asOf);
		for (DemoPerson demo : DemoPeople.all(this.taxYear, this.asOf)) {
			population.add(demo.person());
			ssns.add(demo.person().taxRecord().ssn());
			demo.person().phoneIfAny().ifPresent((line) -> numbers.reserve(line.number()));
		}
		while (population.size() < this.people) {
			SyntheticPerson person = person(random, uniqueSsn(random, ssns), numbers);
			population.add(new SyntheticPerson(person.taxRecord(), traits.withStudentLoan(person.creditFile()),
					traits.withTakeoverSignals(person.phone()), traits.refundAccount(person.taxRecord())));
		}
		return population;
	}

	private SyntheticPerson person(Random random, Ssn ssn, PhoneNumbers numbers) {
		boolean female = random.nextBoolean();
		PersonName name = Names.person(random, female);
		int age = age(random);
		LocalDate birth = LocalDate.of(this.taxYear - age, 1, 1).plusDays(random.nextInt(365));
		FilingStatus status = filingStatus(random, age);
		Addresses.Kind addressKind = Addresses.pickKind(random);
		UsPlaces.City city = Names.pick(random, UsPlaces.CITIES);
		Address address = Addresses.of(addressKind, random, city);
		Incomes.Income income = Incomes.of(random, this.taxYear, age);
		String ipPin = (random.nextInt(100) < 8) ? String.format("%06d", random.nextInt(1_000_000)) : null;
		BigDecimal balance = (random.nextInt(100) < 12) ? BigDecimal.valueOf(5_000 + random.nextInt(1_500_000), 2)
				: BigDecimal.ZERO;
		TaxRecord record = new TaxRecord(ssn, name, birth, status, address, this.taxYear, income.agiCurrent(),
				income.agiPrior(), ipPin, balance, income.documents());
		CreditFile credit = CreditProfiles.of(CreditProfiles.pickKind(random), random, ssn);
		PhoneLine phone;
		if (Addresses.isAbroad(addressKind)) {
			phone = PhoneProfiles.abroad(random, name, address, numbers);
		}
		else {
			PhoneProfiles.Kind kind = PhoneProfiles.pickKind(random);
			phone = (kind == PhoneProfiles.Kind.NONE) ? null
					: PhoneProfiles.of(kind, random, name, numbers.nanp(random, city.areaCode()));
		}
		return new SyntheticPerson(record, credit, phone);
	}

	private static Ssn uniqueSsn(Random random, Set<Ssn> taken) {
		while (true) {
			int areaRoll = random.nextInt(101);
			int area = (areaRoll == 100) ? 666 : 900 + areaRoll;
			Ssn ssn = Ssn
				.parse(String.format("%03d-%02d-%04d", area, 1 + random.nextInt(99), 1 + random.nextInt(9999)));
			if (taken.add(ssn)) {
				return ssn;
			}
		}
	}

	/** Adults: 18-34 30%, 35-54 35%, 55-69 22%, 70-94 13%. */
	private static int age(Random random) {
		int roll = random.nextInt(100);
		if (roll < 30) {
			return 18 + random.nextInt(17);
		}
		if (roll < 65) {
			return 35 + random.nextInt(20);
		}
		if (roll < 87) {
			return 55 + random.nextInt(15);
		}
		return 70 + random.nextInt(25);
	}

	/**
	 * Roughly the shares of individual returns: single 46%, joint 38%, head of household
	 * 12%, separate 3%, QSS 1%.
	 */
	private static FilingStatus filingStatus(Random random, int age) {
		int roll = random.nextInt(100);
		if (roll < 46 || (age < 22 && roll < 85)) {
			return FilingStatus.SINGLE;
		}
		if (roll < 84) {
			return FilingStatus.MARRIED_FILING_JOINTLY;
		}
		if (roll < 96) {
			return FilingStatus.HEAD_OF_HOUSEHOLD;
		}
		if (roll < 99) {
			return FilingStatus.MARRIED_FILING_SEPARATELY;
		}
		return FilingStatus.QUALIFYING_SURVIVING_SPOUSE;
	}

}
