package gov.irs.secureaccess.sources.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.taxrecords.Address;
import gov.irs.secureaccess.sources.taxrecords.RefundAccount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PopulationGeneratorTest {

	private static final long DEFAULT_SEED = 20261122L;

	private static final int DEFAULT_PEOPLE = 10_000;

	private static final int TAX_YEAR = 2025;

	private static List<SyntheticPerson> population;

	@BeforeAll
	static void generateDefaultPopulation() {
		population = new PopulationGenerator(DEFAULT_SEED, DEFAULT_PEOPLE, TAX_YEAR).generate();
	}

	@Test
	void whenSameSeedAndSize_thenSamePeople() {
		List<SyntheticPerson> again = new PopulationGenerator(DEFAULT_SEED, DEFAULT_PEOPLE, TAX_YEAR).generate();
		assertThat(again).hasSize(DEFAULT_PEOPLE).isEqualTo(population);
	}

	@Test
	void whenDifferentSeed_thenDifferentPeopleButSameDemoPeople() {
		List<SyntheticPerson> other = new PopulationGenerator(DEFAULT_SEED + 1, DEFAULT_PEOPLE, TAX_YEAR).generate();
		int demos = DemoPeople.all(TAX_YEAR).size();
		assertThat(other.subList(0, demos)).isEqualTo(population.subList(0, demos));
		Set<Ssn> ssns = ssns(population.subList(demos, population.size()));
		long shared = other.subList(demos, other.size())
			.stream()
			.filter((p) -> ssns.contains(p.taxRecord().ssn()))
			.count();
		assertThat(shared).isLessThan(10);
	}

	@Test
	void whenSmallerPopulation_thenItIsThePrefixOfTheLargerOne() {
		assertThat(new PopulationGenerator(DEFAULT_SEED, 300, TAX_YEAR).generate())
			.isEqualTo(population.subList(0, 300));
	}

	// DATA-1 (synthetic data only): every SSN in a never-issued range, none repeated,
	// over the whole population.
	@Test
	void whenWholePopulationGenerated_thenSsnsAreUniqueAndOnlyInNeverIssuedRanges() {
		Set<Ssn> ssns = ssns(population);
		assertThat(ssns).hasSize(DEFAULT_PEOPLE);
		assertThat(ssns).allSatisfy((ssn) -> assertThat(ssn.area())
			.satisfiesAnyOf((area) -> assertThat(area).isEqualTo(666), (area) -> assertThat(area).isBetween(900, 999)));
		assertThat(ssns.stream().map(Ssn::area).filter((area) -> area == 666)).isNotEmpty();
	}

	@Test
	void whenWholePopulationGenerated_thenPhoneNumbersAreUniqueAndFictional() {
		List<PhoneLine> lines = population.stream().flatMap((p) -> p.phoneIfAny().stream()).toList();
		assertThat(lines.stream().map((line) -> line.number().e164()).collect(Collectors.toSet()))
			.hasSize(lines.size());
		assertThat(lines).allSatisfy(
				(line) -> assertThat(line.number().e164()).matches("\\+1[2-9]\\d{2}55501\\d{2}|\\+447700900\\d{3}"));
	}

	@Test
	void whenWholePopulationGenerated_thenEveryHardCaseIsPresentBeyondTheDemoPeople() {
		Map<HardCase, Integer> counts = new EnumMap<>(HardCase.class);
		List<SyntheticPerson> generated = population.subList(DemoPeople.all(TAX_YEAR).size(), population.size());
		generated.forEach((p) -> p.hardCases().forEach((c) -> counts.merge(c, 1, Integer::sum)));
		assertThat(counts.keySet()).containsExactlyInAnyOrder(HardCase.values());
		// Realistic proportions: each hard case is a minority, units are common, abroad
		// and military are rare.
		assertThat(counts.get(HardCase.APARTMENT_UNIT)).isBetween(1_200, 1_800);
		assertThat(counts.get(HardCase.MILITARY)).isBetween(50, 160);
		assertThat(counts.get(HardCase.CANADA)).isBetween(30, 100);
		assertThat(counts.get(HardCase.ONLY_AMEX)).isBetween(200, 400);
		assertThat(counts.get(HardCase.FROZEN_CREDIT)).isBetween(280, 520);
		assertThat(counts.get(HardCase.NO_PHONE)).isBetween(300, 600);
		// REG-4: a student loan is the only accepted account of some people who had only
		// a debit card (40% of 4%).
		assertThat(counts.get(HardCase.ONLY_STUDENT_LOAN)).isBetween(100, 260);
		// REG-13: 2% of mobile lines had their SIM changed, 0.5% were ported, in the last
		// days.
		assertThat(counts.get(HardCase.RECENT_SIM_CHANGE)).isBetween(130, 260);
		// With those two cases, a little under half of the people have no hard case at
		// all.
		long ordinary = generated.stream().filter((p) -> p.hardCases().isEmpty()).count();
		assertThat(ordinary).isGreaterThan(generated.size() * 45 / 100);
	}

	// REG-14: most people who owe nothing had their last refund deposited; nobody who
	// owes has a refund account.
	@Test
	void REG_14_whenWholePopulationGenerated_thenMostPeopleWhoOweNothingHaveTheirRefundAccountOnFile() {
		List<SyntheticPerson> generated = population.subList(DemoPeople.COUNT, population.size());
		List<SyntheticPerson> owingNothing = generated.stream()
			.filter((p) -> p.taxRecord().balanceDue().signum() == 0)
			.toList();
		long withRefund = owingNothing.stream().filter((p) -> p.refundAccountIfAny().isPresent()).count();
		assertThat(withRefund * 100 / owingNothing.size()).isBetween(75L, 85L);
		assertThat(generated).filteredOn((p) -> p.taxRecord().balanceDue().signum() > 0)
			.allSatisfy((p) -> assertThat(p.refundAccountIfAny()).isEmpty());
		assertThat(generated).allSatisfy((p) -> p.refundAccountIfAny()
			.ifPresent((refund) -> assertThat(RefundAccount.isRoutingNumber(refund.routingNumber())).isTrue()));
	}

	// REG-4: about one adult in six carries a student loan (SHED); the generator gives
	// 17% of ordinary files one.
	@Test
	void REG_4_whenWholePopulationGenerated_thenStudentLoansAreCommon() {
		List<SyntheticPerson> generated = population.subList(DemoPeople.COUNT, population.size());
		long withLoan = generated.stream()
			.filter((p) -> p.creditFileIfAny()
				.filter((file) -> file.accounts().stream().anyMatch((a) -> a.type() == AccountType.STUDENT_LOAN))
				.isPresent())
			.count();
		assertThat(withLoan * 100 / generated.size()).isBetween(12L, 18L);
	}

	// REG-13: the changes the generator writes are recent: within 7 days before the
	// moment of generation.
	@Test
	void REG_13_whenGeneratedAsOfAMoment_thenSimChangesAndPortsLieInTheWeekBeforeIt() {
		Instant asOf = Instant.parse("2026-03-02T15:00:00Z");
		List<PhoneLine> changed = new PopulationGenerator(DEFAULT_SEED, 2_000, TAX_YEAR, asOf).generate()
			.stream()
			.flatMap((p) -> p.phoneIfAny().stream())
			.filter((line) -> line.lastSimChange().isPresent())
			.toList();
		assertThat(changed).isNotEmpty()
			.allSatisfy((line) -> assertThat(line.lastSimChange().orElseThrow()).isBefore(asOf)
				.isAfter(asOf.minus(Duration.ofDays(7))));
		assertThat(changed).anyMatch((line) -> line.portedAt() != null).anyMatch((line) -> line.simChangedAt() != null);
	}

	@Test
	void whenPersonIsOrdinary_thenTheyCanPassEveryStep() {
		List<SyntheticPerson> ordinary = population.stream().filter((p) -> p.hardCases().isEmpty()).toList();
		assertThat(ordinary).allSatisfy((p) -> {
			assertThat(p.taxRecord().address().country()).isEqualTo(Address.US);
			assertThat(p.creditFile().frozen()).isFalse();
			assertThat(p.creditFile().accounts()).anyMatch(CreditProfiles::passesReg4);
			assertThat(p.phone().smsCapable()).isTrue();
			assertThat(p.phone().usNumber()).isTrue();
			assertThat(p.phone().prepaid()).isFalse();
		});
	}

	@Test
	void whenWholePopulationGenerated_thenPeopleAreAdultsWithDocumentsForTwoYears() {
		assertThat(population).allSatisfy((p) -> {
			int age = TAX_YEAR - p.taxRecord().dateOfBirth().getYear();
			assertThat(age).isBetween(18, 95);
			assertThat(p.taxRecord().documents()).isNotEmpty()
				.allSatisfy((d) -> assertThat(d.taxYear()).isIn(TAX_YEAR, TAX_YEAR - 1));
		});
		Set<String> countries = population.stream()
			.map((p) -> p.taxRecord().address().country())
			.collect(Collectors.toSet());
		assertThat(countries).contains("US", "CA", "GB", "MX", "DE").hasSizeGreaterThan(7);
	}

	@Test
	void whenAccountsOfOnePerson_thenTheirLast8DigitsDiffer() {
		assertThat(population).allSatisfy((p) -> p.creditFileIfAny().ifPresent((file) -> {
			List<String> digits = file.accounts()
				.stream()
				.map(CreditAccount::last8)
				.map(Object::hashCode)
				.map(String::valueOf)
				.toList();
			assertThat(new HashSet<>(digits)).hasSameSizeAs(digits);
		}));
	}

	@Test
	void whenFewerPeopleThanDemoPeople_thenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PopulationGenerator(1, 3, TAX_YEAR))
			.withMessageContaining("demo people");
	}

	private static Set<Ssn> ssns(List<SyntheticPerson> people) {
		return people.stream().map((p) -> p.taxRecord().ssn()).collect(Collectors.toSet());
	}

}
