package gov.irs.secureaccess.sources.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPeopleTest {

	private static final int DEFAULT_TAX_YEAR = 2025;

	/**
	 * Both documents carry the table: the README for a first look, docs/demo-people.md
	 * with the how-to.
	 */
	private static final List<Path> DOCS = List.of(Path.of("..", "docs", "demo-people.md"), Path.of("..", "README.md"));

	private static final String START = "<!-- demo-people:start (generated, checked by DemoPeopleTest) -->\n";

	private static final String END = "<!-- demo-people:end -->";

	private static final String ANSWERS_START = "<!-- desk-answers:start (generated, checked by DemoPeopleTest) -->\n";

	private static final String ANSWERS_END = "<!-- desk-answers:end -->";

	@Test
	void whenDefaultSeed_thenTheDemoPeopleAreTheFirstPeopleOfThePopulation() {
		List<DemoPerson> demos = DemoPeople.all(DEFAULT_TAX_YEAR);
		List<SyntheticPerson> population = new PopulationGenerator(20261122L, 10_000, DEFAULT_TAX_YEAR).generate();
		assertThat(population.subList(0, demos.size())).isEqualTo(demos.stream().map(DemoPerson::person).toList());
	}

	@Test
	void whenDemoPeopleListed_thenOnePerHardCaseAndTheirDataShowsIt() {
		List<DemoPerson> demos = DemoPeople.all(DEFAULT_TAX_YEAR);
		assertThat(demos.stream().map(DemoPerson::hardCase).filter(Objects::isNull)).hasSize(1);
		assertThat(demos.stream().map(DemoPerson::hardCase).filter(Objects::nonNull)).doesNotHaveDuplicates()
			.contains(HardCase.APARTMENT_UNIT, HardCase.CANADA, HardCase.UNITED_KINGDOM, HardCase.MEXICO,
					HardCase.GERMANY, HardCase.MILITARY, HardCase.ONLY_AMEX, HardCase.ONLY_DEBIT,
					HardCase.FROZEN_CREDIT, HardCase.PHONE_NOT_IN_NAME, HardCase.PREPAID_PHONE, HardCase.LANDLINE,
					HardCase.NO_PHONE);
		assertThat(demos).allSatisfy((demo) -> {
			if (demo.hardCase() == null) {
				assertThat(demo.person().hardCases()).isEmpty();
			}
			else {
				assertThat(demo.person().hardCases()).contains(demo.hardCase());
			}
		});
	}

	@Test
	void whenDemoPersonHasACreditFile_thenTheAccountToUseIsOnIt() {
		assertThat(DemoPeople.all(DEFAULT_TAX_YEAR)).allSatisfy((demo) -> demo.person()
			.creditFileIfAny()
			.ifPresent((file) -> assertThat(file.accounts()).contains(demo.accountToUse())));
		DemoPerson amex = byCase(HardCase.ONLY_AMEX);
		assertThat(amex.accountToUse().type()).isEqualTo(AccountType.CREDIT_CARD);
		assertThat(amex.accountToUse().network()).isEqualTo(CardNetwork.AMERICAN_EXPRESS);
	}

	@Test
	void whenGeneratorChanges_thenDocsDemoPeopleMustBeUpdated() throws IOException {
		String expected = DemoPeopleTable.markdown(DemoPeople.all(DEFAULT_TAX_YEAR));
		Path written = Path.of("target", "demo-people-table.md");
		Files.createDirectories(written.getParent());
		Files.writeString(written, expected, StandardCharsets.UTF_8);
		for (Path path : DOCS) {
			String doc = Files.readString(path, StandardCharsets.UTF_8);
			assertThat(doc).as(path + " has the demo-people markers").contains(START).contains(END);
			String table = doc.substring(doc.indexOf(START) + START.length(), doc.indexOf(END));
			assertThat(table).as(path + " is stale: copy the table from server/" + written).isEqualTo(expected);
		}
	}

	// AST-2 (issue 13 item 5): where a tester finds the caller's answers to the desk's
	// questions, kept true.
	@Test
	void whenGeneratorChanges_thenTheDeskAnswersInTheDocsMustBeUpdated() throws IOException {
		String expected = DemoPeopleTable.deskAnswers(DemoPeople.all(DEFAULT_TAX_YEAR));
		Path written = Path.of("target", "demo-people-desk-answers.md");
		Files.createDirectories(written.getParent());
		Files.writeString(written, expected, StandardCharsets.UTF_8);
		String doc = Files.readString(DOCS.get(0), StandardCharsets.UTF_8);
		assertThat(doc).contains(ANSWERS_START).contains(ANSWERS_END);
		String table = doc.substring(doc.indexOf(ANSWERS_START) + ANSWERS_START.length(), doc.indexOf(ANSWERS_END));
		assertThat(table).as(DOCS.get(0) + " is stale: copy the table from server/" + written).isEqualTo(expected);
		DemoPerson tyler = DemoPeople.all(DEFAULT_TAX_YEAR).get(10);
		assertThat(expected).as("the desk's demo caller, with every answer the desk can ask")
			.contains(tyler.person().taxRecord().agiCurrentYear().toPlainString())
			.contains(tyler.person().taxRecord().agiPriorYear().toPlainString());
	}

	private static DemoPerson byCase(HardCase hardCase) {
		return DemoPeople.all(DEFAULT_TAX_YEAR)
			.stream()
			.filter((d) -> d.hardCase() == hardCase)
			.findFirst()
			.orElseThrow();
	}

}
