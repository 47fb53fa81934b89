package gov.irs.secureaccess.simulate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OUT-2 in CI: a small population (the profile's shares, a few hundred people) through
 * the real service's pages, then the report's arithmetic against what became of each
 * applicant, and no impostor through. The big run is
 * {@code java -jar simulate/target/simulate.jar} (README, "Population simulation").
 */
class SmallPopulationRunTest {

	private static final int HONEST = 150;

	private static final int IMPOSTORS = 50;

	@TempDir
	static Path folder;

	private static Profile profile;

	private static Run.Outcome outcome;

	private static String markdown;

	private static Path results;

	@BeforeAll
	static void runTheSmallPopulation() throws Exception {
		results = folder.resolve("RESULTS.md");
		profile = Profile.withOverrides(List.of("--honest=" + HONEST, "--impostors=" + IMPOSTORS, "--baseline=false",
				"--threads=8", "--output=" + results));
		List<Run.Outcome> outcomes = Simulation.run(profile);
		assertThat(outcomes).hasSize(1);
		outcome = outcomes.get(0);
		Report.write(results, profile, outcomes, "test", outcome.took());
		markdown = Files.readString(results);
	}

	@Test
	@DisplayName("OUT-2: every visit found the page, link or form the person needed, and no page failed")
	void OUT_2_everyVisitFoundWhatItNeeded() {
		assertThat(outcome.failures()).as(String.join("\n", outcome.failureSamples())).isZero();
		assertThat(outcome.honest()).hasSize(HONEST);
		assertThat(outcome.impostors()).hasSize(IMPOSTORS);
	}

	@Test
	@DisplayName("OUT-2: the figures add up: paths to LOA-3, LOA-2 at least, and a stop with its reason for everyone else")
	void OUT_2_theFiguresAddUp() {
		Report.Figures f = Report.Figures.of(outcome);
		assertThat(f.honest()).isEqualTo(HONEST);
		assertThat(f.loa3Online()).isEqualTo(f.loa3Text() + f.loa3Mail());
		assertThat(f.loa3Any()).isEqualTo(f.loa3Online() + f.loa3Desk() + f.loa3InPerson());
		assertThat(f.atLeastLoa2()).isGreaterThanOrEqualTo(f.loa3Any()).isLessThanOrEqualTo(HONEST);
		assertThat(f.impostorAccounts()).isEqualTo(f.impostorUsableAccounts() + f.impostorWaitingAccounts());
		assertThat(f.loa3Any()).as("some honest people get through").isPositive();

		Map<List<String>, Long> stops = Report.stops(outcome);
		assertThat(stops.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(HONEST - f.loa3Any());
		assertThat(stops.keySet()).as("everyone who stopped has the step and the reason")
			.noneMatch((key) -> key.get(0).equals("(none)"));

		// What the results file says is what was counted.
		assertThat(markdown)
			.contains(
					"| Reached LOA-3 online | " + f.loa3Online() + " (" + Report.percent(f.loa3Online(), HONEST) + ")")
			.contains("| Reached LOA-3 by any path (online, e-Help Desk, in person) | " + f.loa3Any() + " ("
					+ Report.percent(f.loa3Any(), HONEST) + ")")
			.contains(
					"| Reached at least LOA-2 (an account, active or waiting on its mailed code) | " + f.atLeastLoa2())
			.contains("| Impostors | " + IMPOSTORS + " |")
			.contains("| Accounts made with a victim's identity | " + f.impostorAccounts() + " |")
			.contains("--honest=" + HONEST);
		long firstStop = stops.values().iterator().next();
		assertThat(markdown).contains(" | " + firstStop + " | " + Report.percent((int) firstStop, HONEST) + " |");
		assertThat(Report.percent(1, 3)).isEqualTo("33.3%");
		assertThat(Report.percent(0, 0)).isEqualTo("–");
	}

	/*
	 * "Passed" is a usable account: one at LOA-3, or one the impostor signed in to. An
	 * account waiting on an activation code mailed to the victim's address is counted and
	 * reported (RESULTS.md, "waiting"), not usable: the impostor never receives the
	 * letter, and the activation page refuses guesses.
	 */
	@Test
	@DisplayName("OUT-2: no impostor got a usable account or signed in; every account they made waits on the victim's letter")
	void OUT_2_noImpostorPassed() {
		Report.Figures f = Report.Figures.of(outcome);
		assertThat(f.takeovers()).isPositive();
		assertThat(f.takeoversSignedIn()).isZero();
		Map<Impostor, Result> usable = outcome.impostors()
			.entrySet()
			.stream()
			.filter((e) -> e.getValue().level() == 3 || e.getValue().isSignedIn())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(f.impostorUsableAccounts()).isEqualTo(usable.size());
		if (!outcome.capabilities().simChanges()) {
			// A build without REG-13 (SIM change dates) lets the SIM-swap impostors'
			// texts through; nobody else.
			assertThat(usable.keySet()).allMatch((impostor) -> impostor.kind == Impostor.Kind.IDENTITY_CARD_SIM_SWAP);
			return;
		}
		assertThat(usable).as("impostors with a usable account").isEmpty();
		assertThat(outcome.impostors().values()).filteredOn((r) -> r.accountPath() != null)
			.allMatch((r) -> r.level() == 2 && r.accountPath().contains("mail"));
		assertThat(outcome.victimAccounts().values()).as("accounts under victims' SSNs")
			.noneMatch((account) -> account.endsWith("LOA-3"));
	}

	@Test
	@DisplayName("OUT-2: the results file names the profile it ran with and the funnel chart beside it is an SVG")
	void OUT_2_theResultsNameTheProfileAndTheFunnelIsAnSvg() throws Exception {
		for (String setting : profile.all().keySet()) {
			assertThat(markdown).contains("| `" + setting + "` |");
		}
		assertThat(markdown).contains("![Funnel of honest applicants](funnel.svg)");
		Path svg = results.resolveSibling("funnel.svg");
		var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(Files.readString(svg)).contains("LOA-3 online").contains("Started registration");
	}

}
