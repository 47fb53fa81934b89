package gov.irs.secureaccess.simulate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.platform.crypto.PiiCipher;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CreditFile;
import gov.irs.secureaccess.sources.creditbureau.CreditFileWriter;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One run of the simulation against one set of rules: draws the population, writes its
 * sources, starts the service on them, books every applicant's first visit on day 1
 * (takeover victims register on day 0, before anyone), runs the days, and collects what
 * became of everyone: from the applicants' own view and, for impostors, from the
 * service's accounts too.
 */
final class Run {

	/** The tax year of everyone's last return (the generator's default). */
	static final int TAX_YEAR = 2025;

	private final Profile profile;

	private final boolean irs2018;

	private final Path work;

	private final int port;

	private final AtomicInteger cases = new AtomicInteger(10_000_000);

	private final Agenda agenda = new Agenda();

	private final Map<Person, Honest> victimsRegistered = new ConcurrentHashMap<>();

	private Service service;

	private Mail mail;

	private Staff staff;

	private DeskAnswers answers;

	private Population population;

	Run(Profile profile, boolean irs2018, Path work, int port) {
		this.profile = profile;
		this.irs2018 = irs2018;
		this.work = work;
		this.port = port;
	}

	/** What one run came to. */
	record Outcome(String rules, Population population, Map<Person, Result> honest, Map<Impostor, Result> impostors,
			Map<Impostor, String> victimAccounts, Duration took, Duration driving, int failures,
			List<String> failureSamples, String serviceReport, Population.Capabilities capabilities, Machine atStart,
			Machine atDriving, Machine atEnd) {

		/**
		 * Wall time per applicant (honest and impostors) of the days' visits, without
		 * drawing and start-up.
		 */
		Duration perApplicant() {
			int people = people();
			return (people == 0) ? Duration.ZERO : this.driving.dividedBy(people);
		}

		/**
		 * CPU time (the service, the simulation and PostgreSQL) per applicant of the
		 * days' visits.
		 */
		Duration cpuPerApplicant() {
			int people = people();
			return (people == 0) ? Duration.ZERO : this.atEnd.cpuSince(this.atDriving).dividedBy(people);
		}

		int people() {
			return this.honest.size() + this.impostors.size();
		}

	}

	Outcome execute() throws Exception {
		Instant started = Instant.now();
		Path data = this.work.resolve("data");
		Path postgres = data.resolve("postgres");
		Machine atStart = Machine.now(postgres);
		Population.Capabilities capabilities = capabilities();
		this.population = Population.draw(this.profile, TAX_YEAR, started, capabilities);
		Path sources = this.work.resolve("sources");
		Path legacy = this.work.resolve(SourceFiles.LEGACY_FILE);
		SourceFiles.write(this.population, capabilities, sources, legacy);
		SimulatedClock clock = new SimulatedClock();
		Files.createDirectories(data);
		Map<Person, Result> honest = new LinkedHashMap<>();
		Map<Impostor, Result> impostors = new LinkedHashMap<>();
		Map<Impostor, String> victimAccounts = new LinkedHashMap<>();
		String serviceReport;
		Duration driving;
		Machine atDriving;
		Machine atEnd;
		System.out.printf("  population drawn and sources written in %d s%n",
				Duration.between(started, Instant.now()).toSeconds());
		Instant booting = Instant.now();
		try (Service service = Service.start(data, sources, legacy, clock, this.irs2018, this.port,
				serviceSettings(this.profile))) {
			this.service = service;
			System.out.printf("  service started in %d s%n", Duration.between(booting, Instant.now()).toSeconds());
			this.mail = new Mail(service.bean(JdbcClient.class), service.bean(PiiCipher.class));
			int threads = this.profile.integer("threads");
			this.staff = new Staff(service, clock, Math.max(2, threads / 3));
			this.answers = new DeskAnswers(service.bean(MessageSource.class), service.bean(KeyedHash.class));
			for (Impostor impostor : this.population.impostors) {
				impostors.put(impostor, new Result());
				if (impostor.kind == Impostor.Kind.CREDENTIAL_STUFFING) {
					Honest victim = new Honest(this, impostor.victim, new Result(), true);
					this.victimsRegistered.put(impostor.victim, victim);
					this.agenda.book(0, victim::register);
				}
			}
			List<Agenda.Visit> first = new ArrayList<>();
			for (Person person : this.population.honest) {
				Result result = new Result();
				honest.put(person, result);
				first.add(new Honest(this, person, result, false)::register);
			}
			for (Impostor impostor : this.population.impostors) {
				first.add(new Attacker(this, impostor, impostors.get(impostor))::attack);
			}
			Collections.shuffle(first, new Random(seed()));
			first.forEach((visit) -> this.agenda.book(1, visit));
			ExecutorService workers = Executors.newFixedThreadPool(threads);
			int[] today = { 0 };
			atDriving = Machine.now(postgres);
			Instant drivingStarted = Instant.now();
			try {
				this.agenda.run(workers, (day) -> {
					clock.advance(Duration.ofDays(day - today[0]));
					today[0] = day;
					System.out.printf("  day %d (%s) at %d s%n", day,
							LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
							Duration.between(started, Instant.now()).toSeconds());
				});
			}
			finally {
				workers.shutdown();
				workers.awaitTermination(1, TimeUnit.MINUTES);
			}
			driving = Duration.between(drivingStarted, Instant.now());
			atEnd = Machine.now(postgres);
			Accounts accounts = service.bean(Accounts.class);
			JdbcClient jdbc = service.bean(JdbcClient.class);
			for (Impostor impostor : this.population.impostors) {
				if (impostor.kind == Impostor.Kind.CREDENTIAL_STUFFING) {
					continue;
				}
				accounts.idBySsn(impostor.victim.record.ssn())
					.ifPresent((id) -> victimAccounts.put(impostor,
							jdbc.sql("select status || ' LOA-' || loa from account where id = :id")
								.param("id", id)
								.query(String.class)
								.single()));
			}
			serviceReport = ServiceReport.fetch(this.staff, today[0] + 1, LocalDate.ofInstant(started, ZoneOffset.UTC),
					LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
		}
		return new Outcome(this.irs2018 ? "irs-2018" : "ours", this.population, honest, impostors, victimAccounts,
				Duration.between(started, Instant.now()), driving, this.agenda.failures(), this.agenda.failureSamples(),
				serviceReport, capabilities, atStart, atDriving, atEnd);
	}

	/**
	 * The service's settings the run's own settings give: Argon2id's cost
	 * ({@code service.argon2-*}, the service's defaults unless given; the results say
	 * which was used).
	 */
	static Map<String, String> serviceSettings(Profile profile) {
		return Map.of("secure-access.passwords.argon2.memory-kib", profile.text("service.argon2-memory-kib"),
				"secure-access.passwords.argon2.iterations", profile.text("service.argon2-iterations"));
	}

	/**
	 * What this build of the service can hold in its sources (parts of issue 13 may not
	 * have landed yet).
	 */
	static Population.Capabilities capabilities() {
		boolean studentLoans = Arrays.stream(AccountType.values())
			.anyMatch((type) -> type.name().equals("STUDENT_LOAN"));
		boolean refunds = present("gov.irs.secureaccess.sources.taxrecords.RefundAccount");
		boolean sim = Arrays.stream(PhoneLine.class.getRecordComponents())
			.anyMatch((component) -> component.getName().toLowerCase(Locale.ROOT).contains("sim"));
		return new Population.Capabilities(studentLoans, refunds, sim);
	}

	private static boolean present(String className) {
		try {
			Class.forName(className);
			return true;
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

	/**
	 * The person asked the credit bureau to lift their freeze (the bureau's own system,
	 * not the service).
	 */
	void liftFreeze(Person person) {
		this.service.bean(CreditFileWriter.class)
			.upsertFiles(List.of(new CreditFile(Ssn.parse(person.record.ssn().formatted()), false, List.of())));
	}

	Honest takeoverVictim(Person victim) {
		return this.victimsRegistered.get(victim);
	}

	String caseNumber(String prefix) {
		return prefix + "-" + this.cases.incrementAndGet();
	}

	Profile profile() {
		return this.profile;
	}

	long seed() {
		return this.profile.number("seed");
	}

	/**
	 * One person's own random stream. {@code new Random(seed + i)} for neighbouring i is
	 * not independent: the first {@code nextDouble()} of such streams falls under 0.85
	 * only 62% of the time. The stream's seed is mixed first (SplitMix64's finalizer), so
	 * every person's first draw is as fair as the rest.
	 */
	Random randomFor(long salt, int index) {
		long z = seed() * salt + index;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return new Random(z ^ (z >>> 31));
	}

	String base() {
		return this.service.base();
	}

	Mail mail() {
		return this.mail;
	}

	Staff staff() {
		return this.staff;
	}

	Agenda agenda() {
		return this.agenda;
	}

	DeskAnswers answers() {
		return this.answers;
	}

}
