package gov.irs.secureaccess.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * OUT-2: the simulation's default settings are the numbers of docs/population-profile.md,
 * written out here from that document (tables "Honest applicants" and "Impostors",
 * section "Behaviour of honest applicants"), and every one of them can be overridden from
 * the command line.
 */
class PopulationProfileTest {

	/** The documented numbers, transcribed from population-profile.md line by line. */
	private static final Map<String, Double> DOCUMENTED = new LinkedHashMap<>();

	static {
		// "Honest applicants (default 90% of applicants)"; "Impostors (default 10% of
		// applicants, at least 2,000 ...)"
		DOCUMENTED.put("honest.share", 0.90);
		DOCUMENTED.put("impostor.share", 0.10);
		// The honest applicants' table, in its order.
		DOCUMENTED.put("honest.credit-card", 0.76);
		DOCUMENTED.put("honest.amex-only", 0.03);
		DOCUMENTED.put("honest.corporate-only", 0.01);
		DOCUMENTED.put("honest.student-loan", 0.17);
		DOCUMENTED.put("honest.mortgage", 0.38);
		DOCUMENTED.put("honest.car-loan", 0.30);
		DOCUMENTED.put("honest.credit-invisible", 0.08);
		DOCUMENTED.put("honest.credit-freeze", 0.06);
		DOCUMENTED.put("honest.mobile", 0.97);
		DOCUMENTED.put("honest.mobile.own-name", 0.70);
		DOCUMENTED.put("honest.mobile.prepaid", 0.20);
		DOCUMENTED.put("honest.mobile.sim-changed", 0.02);
		DOCUMENTED.put("honest.landline", 0.30);
		DOCUMENTED.put("honest.abroad", 0.03);
		DOCUMENTED.put("honest.moved", 0.08);
		DOCUMENTED.put("honest.address-other-form", 0.45);
		DOCUMENTED.put("honest.typo", 0.12);
		DOCUMENTED.put("honest.wrong-filing-status", 0.04);
		DOCUMENTED.put("honest.e-services-user", 0.10);
		// "Behaviour of honest applicants", in its order.
		DOCUMENTED.put("behaviour.fix-when-told", 0.8);
		DOCUMENTED.put("behaviour.fix-when-not-told", 0.4);
		DOCUMENTED.put("behaviour.try-other-account", 0.9);
		DOCUMENTED.put("behaviour.choose-mail", 0.85);
		DOCUMENTED.put("behaviour.letter-days-min", 5.0);
		DOCUMENTED.put("behaviour.letter-days-max", 10.0);
		DOCUMENTED.put("behaviour.finish-after-letter", 0.8);
		DOCUMENTED.put("behaviour.lift-freeze", 0.5);
		DOCUMENTED.put("behaviour.call-desk", 0.6);
		DOCUMENTED.put("behaviour.desk-answers-right", 0.85);
		DOCUMENTED.put("behaviour.go-to-tac", 0.5);
		// The impostors' table, in its order, and "a SIM swap ... done 1–3 days ago".
		DOCUMENTED.put("impostor.breach-basic", 0.35);
		DOCUMENTED.put("impostor.full-identity", 0.30);
		DOCUMENTED.put("impostor.identity-and-card", 0.15);
		DOCUMENTED.put("impostor.identity-card-sim-swap", 0.10);
		DOCUMENTED.put("impostor.identity-and-returns", 0.05);
		DOCUMENTED.put("impostor.credential-stuffing", 0.05);
		DOCUMENTED.put("impostor.sim-swap-days-min", 1.0);
		DOCUMENTED.put("impostor.sim-swap-days-max", 3.0);
	}

	@Test
	@DisplayName("OUT-2: the default settings are the numbers population-profile.md documents")
	void OUT_2_theDefaultsAreTheDocumentedNumbers() {
		Profile profile = Profile.defaults();
		Map<String, Double> defaults = new LinkedHashMap<>();
		DOCUMENTED.keySet().forEach((name) -> defaults.put(name, profile.share(name)));
		assertThat(defaults).containsExactlyEntriesOf(DOCUMENTED);
		// The profile's reported run: "at least 2,000" impostors; honest applicants as
		// the run (5,000).
		assertThat(profile.integer("honest")).isEqualTo(5000);
		assertThat(profile.integer("impostors")).isEqualTo(2000);
		assertThat(profile.overridden()).isEmpty();
	}

	@Test
	@DisplayName("OUT-2: the numbers written out here are the share columns of docs/population-profile.md, row by row")
	void OUT_2_theTranscribedNumbersAreTheDocumentsTables() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("..", "docs", "population-profile.md"), StandardCharsets.UTF_8);
		assertThat(shares(lines, "## Honest applicants")).containsExactlyElementsOf(transcribed("honest."));
		assertThat(shares(lines, "## Impostors")).containsExactlyElementsOf(transcribed("impostor."));
	}

	/**
	 * The share column (percentages) of the table under the heading starting with
	 * {@code heading}, in order.
	 */
	private static List<Double> shares(List<String> lines, String heading) {
		List<Double> shares = new ArrayList<>();
		boolean inSection = false;
		for (String line : lines) {
			if (line.startsWith("## ")) {
				inSection = line.startsWith(heading);
				continue;
			}
			String[] cells = line.split("\\|");
			if (inSection && cells.length > 2 && cells[2].trim().matches("\\d+%")) {
				shares.add(Integer.parseInt(cells[2].trim().replace("%", "")) / 100.0);
			}
		}
		assertThat(shares).as("rows under %s", heading).isNotEmpty();
		return shares;
	}

	/**
	 * The transcribed table rows: the group's shares, without its own share and the SIM
	 * swap's days.
	 */
	private static List<Double> transcribed(String group) {
		return DOCUMENTED.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith(group) && !e.getKey().endsWith(".share")
					&& !e.getKey().contains("days"))
			.map(Map.Entry::getValue)
			.toList();
	}

	@Test
	@DisplayName("OUT-2: every population number of the settings file is one the document states, or a named assumption")
	void OUT_2_theFileHoldsNoPopulationNumberTheDocumentDoesNotState() {
		List<String> population = Profile.defaults()
			.all()
			.keySet()
			.stream()
			.filter((name) -> name.startsWith("honest.") || name.startsWith("impostor.")
					|| name.startsWith("behaviour."))
			.toList();
		assertThat(population).containsExactlyElementsOf(DOCUMENTED.keySet());
		// What the document is silent on is marked as the simulation's own assumption,
		// reported with the results.
		assertThat(Profile.defaults().all().keySet()).filteredOn((name) -> !DOCUMENTED.containsKey(name))
			.allMatch((name) -> name.startsWith("assumption.") || List
				.of("honest", "impostors", "seed", "threads", "output", "baseline", "port", "trails",
						"service.argon2-memory-kib", "service.argon2-iterations")
				.contains(name));
	}

	@Test
	@DisplayName("OUT-2: the default run hashes at 1 MiB and 1 pass, says so in bold, and the service's cost is one setting away")
	void OUT_2_theDefaultRunHashesCheaplyAndSaysSo() {
		Profile defaults = Profile.defaults();
		assertThat(defaults.integer("service.argon2-memory-kib")).isEqualTo(1024);
		assertThat(defaults.integer("service.argon2-iterations")).isEqualTo(1);
		assertThat(Report.argon2(defaults)).startsWith(
				"**Argon2id at a cheaper cost than the service's default: m=1024 KiB, t=1, p=1 instead of m=19456 KiB, t=2**");

		Profile serviceCost = Profile
			.withOverrides(List.of("--service.argon2-memory-kib=19456", "--service.argon2-iterations=2"));
		assertThat(Report.argon2(serviceCost))
			.isEqualTo("Argon2id at the service's default cost (m=19456 KiB, t=2, p=1).");
	}

	@Test
	@DisplayName("OUT-2: every number can be given on the command line as --name=value")
	void OUT_2_everyNumberCanBeOverriddenFromTheCommandLine() {
		List<String> args = Profile.defaults()
			.all()
			.keySet()
			.stream()
			.filter(DOCUMENTED::containsKey)
			.filter((name) -> !name.contains("days") && !name.startsWith("impostor."))
			.map((name) -> "--" + name + "=0.25")
			.toList();
		Profile profile = Profile.withOverrides(args);
		assertThat(profile.share("honest.moved")).isEqualTo(0.25);
		assertThat(profile.share("behaviour.go-to-tac")).isEqualTo(0.25);
		assertThat(profile.overridden()).hasSize(args.size());

		Profile kinds = Profile.withOverrides(List.of("--impostor.breach-basic=0.40", "--impostor.full-identity=0.25",
				"--impostor.sim-swap-days-max=5", "--honest=300", "--impostors=120",
				"--assumption.moved-letter-forwarded=1"));
		assertThat(kinds.share("impostor.breach-basic")).isEqualTo(0.40);
		assertThat(kinds.integer("impostor.sim-swap-days-max")).isEqualTo(5);
		assertThat(kinds.integer("honest")).isEqualTo(300);
		assertThat(kinds.share("assumption.moved-letter-forwarded")).isEqualTo(1.0);
		assertThat(Population.counts(kinds, 120).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(120);
	}

	@Test
	@DisplayName("OUT-2: a misspelt, out-of-range or inconsistent setting is refused with its name")
	void OUT_2_badSettingsAreRefusedWithTheirName() {
		assertThatIllegalArgumentException().isThrownBy(() -> Profile.withOverrides(List.of("--honest.moveed=0.1")))
			.withMessageContaining("unknown setting --honest.moveed");
		assertThatIllegalArgumentException().isThrownBy(() -> Profile.withOverrides(List.of("--honest.moved=1.5")))
			.withMessageContaining("--honest.moved must be between 0 and 1");
		assertThatIllegalArgumentException().isThrownBy(() -> Profile.withOverrides(List.of("--honest=many")))
			.withMessageContaining("--honest must be a whole number");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Profile.withOverrides(List.of("--impostor.breach-basic=0.5")))
			.withMessageContaining("the impostor kinds must add up to 1");
		assertThatIllegalArgumentException().isThrownBy(() -> Profile.withOverrides(List.of("honest=10")))
			.withMessageContaining("not a --name=value setting");
	}

	@Test
	@DisplayName("OUT-2: impostors are split into kinds by the documented shares, adding up to the total")
	void OUT_2_impostorKindsFollowTheShares() {
		Map<Impostor.Kind, Integer> counts = Population.counts(Profile.defaults(), 2000);
		assertThat(counts).containsEntry(Impostor.Kind.BREACH_BASIC, 700)
			.containsEntry(Impostor.Kind.FULL_IDENTITY, 600)
			.containsEntry(Impostor.Kind.IDENTITY_AND_CARD, 300)
			.containsEntry(Impostor.Kind.IDENTITY_CARD_SIM_SWAP, 200)
			.containsEntry(Impostor.Kind.IDENTITY_AND_RETURNS, 100)
			.containsEntry(Impostor.Kind.CREDENTIAL_STUFFING, 100);
		assertThat(Population.counts(Profile.defaults(), 7).values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(7);
	}

}
