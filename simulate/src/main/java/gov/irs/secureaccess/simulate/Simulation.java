package gov.irs.secureaccess.simulate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The population simulation (OUT-2):
 * {@code java -jar simulate/target/simulate.jar [--name=value ...]} draws the population
 * of {@code population-profile.properties} (any number overridable), runs it through the
 * real service with our rules and again with the IRS's 2018 rules, and writes
 * {@code simulation/RESULTS.md} (setting {@code output}).
 */
public final class Simulation {

	private Simulation() {
	}

	public static void main(String[] args) throws Exception {
		Profile profile;
		try {
			profile = Profile.withOverrides(Arrays.asList(args));
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		Path output = Path.of(profile.text("output"));
		String command = command(args);
		// Results are written after each rule set, so a run stopped during the baseline
		// keeps our rules' results.
		List<Run.Outcome> outcomes = run(profile, (done) -> {
			if (done.size() < (profile.flag("baseline") ? 2 : 1)) {
				Report.write(output, profile, done, command, sinceStart(),
						"the IRS 2018 rules' run on the same population was still going");
				System.out.println("Wrote " + output.toAbsolutePath() + " (our rules; the baseline is running)");
			}
		});
		Report.write(output, profile, outcomes, command, sinceStart());
		if (!profile.text("trails").isEmpty()) {
			Report.trails(Path.of(profile.text("trails")), outcomes);
		}
		System.out.println("Wrote " + output.toAbsolutePath());
		Report.Figures ours = Report.Figures.of(outcomes.get(0));
		System.out.printf(
				"Our rules: LOA-3 online %s, by any path %s; impostor accounts %d (usable %d); takeovers signed in %d%n",
				Report.percent(ours.loa3Online(), ours.honest()), Report.percent(ours.loa3Any(), ours.honest()),
				ours.impostorAccounts(), ours.impostorUsableAccounts(), ours.takeoversSignedIn());
		System.exit(0);
	}

	/**
	 * The command as it was launched: {@code java -jar <jar> ...}, or the main class on a
	 * class path.
	 */
	static String command(String[] args) {
		String launched = System.getProperty("sun.java.command", "");
		String first = launched.split(" ", 2)[0];
		if (first.endsWith(".jar")) {
			return "java -jar " + launched;
		}
		return "java -cp <classes of simulate and the server> " + Simulation.class.getName()
				+ ((args.length > 0) ? " " + String.join(" ", args) : "");
	}

	/**
	 * The whole run: from the start of this process (the JVM's own start-up too) until
	 * now.
	 */
	private static Duration sinceStart() {
		return Duration.between(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()),
				Instant.now());
	}

	/** What to do with the outcomes so far, after each rule set. */
	interface Progress {

		void done(List<Run.Outcome> outcomes) throws Exception;

	}

	static List<Run.Outcome> run(Profile profile) throws Exception {
		return run(profile, (done) -> {
		});
	}

	/**
	 * Runs our rules, then (setting {@code baseline}) the IRS's 2018 rules, each on a
	 * fresh service.
	 */
	static List<Run.Outcome> run(Profile profile, Progress progress) throws Exception {
		List<Run.Outcome> outcomes = new ArrayList<>();
		List<Boolean> rules = profile.flag("baseline") ? List.of(false, true) : List.of(false);
		for (boolean irs2018 : rules) {
			Path work = Files.createTempDirectory("secure-access-simulation-");
			try {
				System.out.printf("Simulating %d honest applicants and %d impostors with %s rules...%n",
						profile.integer("honest"), profile.integer("impostors"), irs2018 ? "the IRS's 2018" : "our");
				Instant started = Instant.now();
				outcomes.add(new Run(profile, irs2018, work, profile.integer("port")).execute());
				System.out.printf("  done in %d s%n", Duration.between(started, Instant.now()).toSeconds());
				progress.done(List.copyOf(outcomes));
			}
			finally {
				delete(work);
			}
		}
		return outcomes;
	}

	private static void delete(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
