package gov.irs.secureaccess.simulate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import gov.irs.secureaccess.platform.crypto.KeyRing;
import gov.irs.secureaccess.platform.crypto.PiiCipher;
import gov.irs.secureaccess.sources.generator.DemoPeople;
import gov.irs.secureaccess.sources.generator.PopulationGenerator;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The load and the check of the fault run ({@code faults/run}, docs/faults.md).
 * {@code load} registers people of the service's generated sources through HAProxy,
 * {@code --browsers} at a time, and writes each journey's outcome and every failed
 * request to {@code --dir}; {@code faults/run} kills a node and fails the database over
 * meanwhile. {@code check} then reads the database through HAProxy and writes the results
 * ({@link FaultCheck}).
 *
 * <pre>
 * java -cp simulate.jar -Dloader.main=gov.irs.secureaccess.simulate.FaultLoad \
 *     org.springframework.boot.loader.launch.PropertiesLauncher load|check --name=value ...
 * </pre>
 */
public final class FaultLoad {

	private final Map<String, String> settings;

	private FaultLoad(Map<String, String> settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> settings = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("settings are --name=value, not " + arg);
			}
			settings.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		FaultLoad fault = new FaultLoad(settings);
		int exit = switch ((args.length > 0) ? args[0] : "") {
			case "load" -> fault.load();
			case "check" -> new FaultCheck(fault.jdbc(), fault.mail(), fault.dir(), settings).check();
			default -> throw new IllegalArgumentException("first argument: load or check");
		};
		System.exit(exit);
	}

	String setting(String name) {
		String value = this.settings.get(name);
		if (value == null) {
			throw new IllegalArgumentException("missing --" + name);
		}
		return value;
	}

	Path dir() {
		return Path.of(setting("dir"));
	}

	JdbcClient jdbc() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(setting("jdbc-url"), setting("jdbc-username"),
				setting("jdbc-password"));
		dataSource.setDriverClassName("org.postgresql.Driver");
		return JdbcClient.create(dataSource);
	}

	Mail mail() {
		KeyRing keys = new KeyRing(Map.of(setting("pii-key-id"), setting("pii-key")), setting("pii-key-id"),
				setting("lookup-key"));
		return new Mail(jdbc(), new PiiCipher(keys));
	}

	/**
	 * The people who can register straight through, from the same generator, seed and
	 * size as the nodes.
	 */
	List<SyntheticPerson> people() {
		List<SyntheticPerson> population = new PopulationGenerator(Long.parseLong(setting("seed")),
				Integer.parseInt(setting("people")), Integer.parseInt(setting("tax-year")), Instant.now())
			.generate();
		return population.stream().skip(DemoPeople.COUNT).filter(FaultJourney::straightThrough).toList();
	}

	private int load() throws Exception {
		int registrations = Integer.parseInt(setting("registrations"));
		int browsers = Integer.parseInt(setting("browsers"));
		List<SyntheticPerson> people = people();
		if (people.size() < registrations) {
			throw new IllegalArgumentException("only " + people.size() + " people can register straight through");
		}
		Mail mail = mail();
		Path dir = dir();
		String run = setting("run");
		AtomicInteger ready = new AtomicInteger();
		AtomicInteger ended = new AtomicInteger();
		try (PrintWriter outcomes = writer(dir.resolve("journeys.tsv"));
				PrintWriter failures = writer(dir.resolve("failures.tsv"))) {
			outcomes.println(String.join("\t", FaultJourney.header()));
			failures.println("at\tindex\tstep\tstatus\tshown");
			ExecutorService pool = Executors.newFixedThreadPool(browsers);
			List<Future<?>> all = new ArrayList<>();
			for (int i = 0; i < registrations; i++) {
				SyntheticPerson person = people.get(i);
				int index = i;
				all.add(pool.submit(() -> {
					FaultJourney.Outcome outcome = new FaultJourney(setting("base"), mail, person, index, run,
							(failure) -> {
								synchronized (failures) {
									failures.println(failure.at() + "\t" + failure.index() + "\t" + failure.step()
											+ "\t" + failure.status() + "\t" + failure.shown());
									failures.flush();
								}
							})
						.register();
					synchronized (outcomes) {
						outcomes.println(outcome.index() + "\t" + outcome.username() + "\t" + outcome.email() + "\t"
								+ outcome.phoneE164() + "\t" + outcome.fullName() + "\t" + outcome.line1() + "\t"
								+ outcome.result().replace('\t', ' ') + "\t" + outcome.failures() + "\t"
								+ outcome.endedAt());
						outcomes.flush();
					}
					if (outcome.ready()) {
						ready.incrementAndGet();
					}
					progress(dir, ended.incrementAndGet(), ready.get(), registrations);
					return null;
				}));
			}
			for (Future<?> each : all) {
				each.get();
			}
			pool.shutdown();
		}
		System.out.println("load: " + ready.get() + " of " + registrations + " registrations ready");
		return 0;
	}

	/** What faults/run watches to time its faults: "ended ready of". */
	private static synchronized void progress(Path dir, int ended, int ready, int of) {
		try {
			Path temp = dir.resolve("progress.tmp");
			Files.writeString(temp, ended + " " + ready + " " + of + "\n");
			Files.move(temp, dir.resolve("progress"), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PrintWriter writer(Path file) throws IOException {
		return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
	}

}
