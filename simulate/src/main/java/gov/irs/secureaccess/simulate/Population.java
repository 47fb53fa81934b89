package gov.irs.secureaccess.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import gov.irs.secureaccess.sources.generator.DemoPeople;
import gov.irs.secureaccess.sources.generator.PopulationGenerator;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.taxrecords.Address;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;

/**
 * The applicants of one run, drawn from the profile: honest applicants, and impostors
 * each with a victim (a person in the sources who is not an applicant). Names, birth
 * dates, addresses and incomes come from the service's own population generator;
 * everything the profile speaks of (cards, loans, the bureau's file, phones, moves, the
 * e-Services login, the refund account) is drawn here, and the sources are then written
 * to agree.
 */
final class Population {

	final List<Person> honest;

	final List<Impostor> impostors;

	/** Every person the sources hold: honest applicants and victims. */
	final List<Person> everyone;

	/** Phone lines of impostors (in their own names) and of others the carrier knows. */
	final List<Person.Phone> otherLines;

	final Instant drawnAt;

	private Population(List<Person> honest, List<Impostor> impostors, List<Person> everyone,
			List<Person.Phone> otherLines, Instant drawnAt) {
		this.honest = honest;
		this.impostors = impostors;
		this.everyone = everyone;
		this.otherLines = otherLines;
		this.drawnAt = drawnAt;
	}

	/**
	 * What the service can hold: student loans (REG-4), refund accounts (REG-14), SIM
	 * change dates (REG-13).
	 */
	record Capabilities(boolean studentLoans, boolean refundAccounts, boolean simChanges) {
	}

	static Population draw(Profile profile, int taxYear, Instant now, Capabilities capabilities) {
		long seed = profile.number("seed");
		int honestCount = profile.integer("honest");
		int impostorCount = profile.integer("impostors");
		Random random = new Random(seed);
		int poolSize = Math.min(PopulationGenerator.MAX_PEOPLE, 2100 + 2 * (honestCount + impostorCount));
		List<SyntheticPerson> pool = new ArrayList<>(new PopulationGenerator(seed, poolSize, taxYear).generate());
		pool = pool.subList(DemoPeople.all(taxYear).size(), pool.size());
		Set<String> names = new HashSet<>();
		List<TaxRecord> home = new ArrayList<>();
		List<TaxRecord> abroad = new ArrayList<>();
		for (SyntheticPerson person : pool) {
			TaxRecord record = person.taxRecord();
			if (!names.add(record.name().fullName().toUpperCase(Locale.ROOT))
					|| (!record.address().isAbroad() && record.address().isMilitary())) {
				continue;
			}
			(record.address().isAbroad() ? abroad : home).add(record);
		}
		Draw draw = new Draw(profile, random, home.iterator(), abroad.iterator(), now, capabilities);
		List<Person> honest = new ArrayList<>();
		for (int i = 0; i < honestCount; i++) {
			honest.add(draw.person(Constraint.NONE));
		}
		Map<Impostor.Kind, Integer> kinds = counts(profile, impostorCount);
		List<Impostor> impostors = new ArrayList<>();
		List<Person> victims = new ArrayList<>();
		List<Person.Phone> otherLines = new ArrayList<>();
		int index = 0;
		for (Map.Entry<Impostor.Kind, Integer> kind : kinds.entrySet()) {
			for (int i = 0; i < kind.getValue(); i++) {
				Impostor.Kind k = kind.getKey();
				Constraint constraint = switch (k) {
					case IDENTITY_AND_CARD -> Constraint.HAS_CARD;
					case IDENTITY_CARD_SIM_SWAP -> Constraint.HAS_CARD_AND_OWN_MOBILE;
					case CREDENTIAL_STUFFING -> Constraint.REGISTERS_BY_TEXT;
					default -> Constraint.NONE;
				};
				Person victim = (k == Impostor.Kind.IDENTITY_CARD_SIM_SWAP)
						? draw.person(constraint,
								Duration.ofDays(profile.integer("impostor.sim-swap-days-min")
										+ random.nextInt(profile.integer("impostor.sim-swap-days-max")
												- profile.integer("impostor.sim-swap-days-min") + 1)))
						: draw.person(constraint);
				victims.add(victim);
				TaxRecord own = draw.next(false);
				String phone = draw.phones.next();
				otherLines
					.add(new Person.Phone(phone, "MOBILE", own.name().first() + " " + own.name().last(), false, null));
				impostors.add(new Impostor(index, k, victim, own.name().first(), own.name().last(),
						"imp" + index + "." + Integer.toHexString(random.nextInt(0xffff)) + "@impostor.example.test",
						phone, (k == Impostor.Kind.IDENTITY_CARD_SIM_SWAP) ? victim.mobile.e164() : null));
				index++;
			}
		}
		List<Person> everyone = new ArrayList<>(honest);
		everyone.addAll(victims);
		return new Population(honest, impostors, everyone, otherLines, now);
	}

	/**
	 * How many impostors of each kind: the shares of the total, rounded so they add up
	 * (largest remainder).
	 */
	static Map<Impostor.Kind, Integer> counts(Profile profile, int total) {
		Map<Impostor.Kind, Integer> counts = new EnumMap<>(Impostor.Kind.class);
		Map<Impostor.Kind, Double> remainders = new EnumMap<>(Impostor.Kind.class);
		int given = 0;
		for (Impostor.Kind kind : Impostor.Kind.values()) {
			double exact = profile.share(kind.setting) * total;
			counts.put(kind, (int) Math.floor(exact));
			remainders.put(kind, exact - Math.floor(exact));
			given += (int) Math.floor(exact);
		}
		while (given < total) {
			Impostor.Kind largest = remainders.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue())
				.orElseThrow()
				.getKey();
			counts.merge(largest, 1, Integer::sum);
			remainders.put(largest, -1.0);
			given++;
		}
		return counts;
	}

	/** What a victim must have for the impostor's kind to make sense. */
	enum Constraint {

		NONE, HAS_CARD, HAS_CARD_AND_OWN_MOBILE, REGISTERS_BY_TEXT

	}

	/**
	 * Draws people trait by trait (independently, as the profile says), taking names and
	 * places from the pool.
	 */
	private static final class Draw {

		private final Profile profile;

		private final Random random;

		private final Random lineAges;

		private final Iterator<TaxRecord> home;

		private final Iterator<TaxRecord> abroad;

		private final Instant now;

		private final Capabilities capabilities;

		final PhoneNumbers phones = new PhoneNumbers();

		private final Set<String> last8s = new HashSet<>();

		private int next;

		Draw(Profile profile, Random random, Iterator<TaxRecord> home, Iterator<TaxRecord> abroad, Instant now,
				Capabilities capabilities) {
			this.profile = profile;
			this.random = random;
			this.lineAges = new Random(profile.number("seed") + 1);
			this.home = home;
			this.abroad = abroad;
			this.now = now;
			this.capabilities = capabilities;
		}

		private boolean chance(String setting) {
			return this.random.nextDouble() < this.profile.share(setting);
		}

		/**
		 * Since when a prepaid line has had its holder's name: lines leave at the monthly
		 * churn of the assumption, so the age of a line in service is geometric. Drawn
		 * from a random of its own, so the rest of the population is the same as without
		 * it.
		 */
		private Instant prepaidSince() {
			double daily = 1 - Math.pow(1 - this.profile.share("assumption.prepaid-monthly-churn"), 1.0 / 30);
			long days = (long) Math.floor(Math.log(1 - this.lineAges.nextDouble()) / Math.log(1 - daily));
			return this.now.minus(Duration.ofDays(Math.min(days, 365L * 20)));
		}

		TaxRecord next(boolean abroad) {
			Iterator<TaxRecord> source = abroad ? this.abroad : this.home;
			if (!source.hasNext()) {
				throw new IllegalStateException(
						"the generated pool ran out of " + (abroad ? "people abroad" : "people"));
			}
			return source.next();
		}

		Person person(Constraint constraint) {
			return person(constraint, null);
		}

		/**
		 * The next applicant who meets the constraint.
		 * @param simSwappedAgo for a SIM-swap victim: how long ago the impostor swapped
		 * the SIM
		 */
		Person person(Constraint constraint, Duration simSwappedAgo) {
			int index = this.next++;
			boolean abroad = chance("honest.abroad");
			TaxRecord record = next(abroad);
			boolean moved = chance("honest.moved");
			Address livesAt = moved ? next(false).address() : record.address();
			boolean otherForm = chance("honest.address-other-form");
			Person.Typo typo = chance("honest.typo")
					? Person.Typo.values()[1 + this.random.nextInt(Person.Typo.values().length - 1)] : Person.Typo.NONE;
			boolean wrongStatus = chance("honest.wrong-filing-status");
			boolean invisible = chance("honest.credit-invisible");
			boolean frozen = chance("honest.credit-freeze");
			List<Person.Account> accounts = new ArrayList<>();
			double card = this.random.nextDouble();
			double creditCard = this.profile.share("honest.credit-card");
			double amex = creditCard + this.profile.share("honest.amex-only");
			double corporate = amex + this.profile.share("honest.corporate-only");
			boolean needsCard = constraint != Constraint.NONE;
			if (card < creditCard || needsCard) {
				String network = List.of("VISA", "MASTERCARD", "DISCOVER").get(this.random.nextInt(3));
				accounts.add(account("CREDIT_CARD", network));
			}
			else if (card < amex) {
				accounts.add(account("CREDIT_CARD", "AMERICAN_EXPRESS"));
			}
			else if (card < corporate) {
				accounts.add(account("CORPORATE_CARD", null));
			}
			if (chance("honest.student-loan")) {
				accounts.add(account("STUDENT_LOAN", null));
			}
			if (chance("honest.mortgage")) {
				accounts
					.add(account(List.of("MORTGAGE", "HOME_EQUITY_LOAN", "HELOC").get(this.random.nextInt(3)), null));
			}
			if (chance("honest.car-loan")) {
				accounts.add(account("CAR_LOAN", null));
			}
			if (needsCard) {
				invisible = false;
				frozen = false;
			}
			Person.Refund refund = chance("assumption.refund-direct-deposit") ? refund() : null;
			Person.Phone mobile = null;
			boolean hasMobile = chance("honest.mobile");
			boolean ownName = chance("honest.mobile.own-name");
			boolean prepaid = chance("honest.mobile.prepaid");
			boolean simChanged = chance("honest.mobile.sim-changed");
			if (constraint == Constraint.HAS_CARD_AND_OWN_MOBILE || constraint == Constraint.REGISTERS_BY_TEXT) {
				hasMobile = true;
				ownName = true;
				prepaid = false;
				simChanged = false;
			}
			String name = record.name().fullName();
			if (hasMobile) {
				Instant changed = simChanged ? this.now.minus(Duration.ofHours(1 + this.random.nextInt(6 * 24))) : null;
				if (simSwappedAgo != null) {
					changed = this.now.minus(simSwappedAgo).minus(Duration.ofHours(this.random.nextInt(12)));
				}
				mobile = new Person.Phone(this.phones.next(), "MOBILE", ownName ? name : householdMember(record),
						prepaid, changed, prepaid ? prepaidSince() : null);
			}
			Person.Phone landline = chance("honest.landline")
					? new Person.Phone(this.phones.next(), "LANDLINE", name, false, null) : null;
			boolean eServices = chance("honest.e-services-user");
			if (constraint == Constraint.REGISTERS_BY_TEXT) {
				moved = false;
				livesAt = record.address();
			}
			return new Person(index, record, livesAt, moved, otherForm, typo, wrongStatus, !invisible,
					frozen && !invisible, invisible ? List.of() : accounts, refund, mobile, landline,
					"p" + index + "." + Integer.toHexString(this.random.nextInt(0xffff)) + "@applicant.example.test",
					eServices ? "eserv." + index + ".user" : null);
		}

		private Person.Account account(String type, String network) {
			String digits;
			do {
				digits = String.format(Locale.ROOT, "%08d", this.random.nextInt(100_000_000));
			}
			while (!this.last8s.add(digits));
			return new Person.Account(type, network, digits);
		}

		/**
		 * A 9-digit ABA routing number with a right check digit, and the account's last
		 * 4.
		 */
		private Person.Refund refund() {
			int[] symbols = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 61,
					62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72 };
			String first8 = String.format(Locale.ROOT, "%02d%06d", symbols[this.random.nextInt(symbols.length)],
					this.random.nextInt(1_000_000));
			int[] weights = { 3, 7, 1, 3, 7, 1, 3, 7 };
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				sum += weights[i] * (first8.charAt(i) - '0');
			}
			int check = (10 - sum % 10) % 10;
			return new Person.Refund(first8 + check, String.format(Locale.ROOT, "%04d", this.random.nextInt(10_000)));
		}

		private String householdMember(TaxRecord record) {
			List<String> firsts = List.of("Pat", "Chris", "Jordan", "Taylor", "Morgan", "Casey", "Jamie", "Robin");
			return firsts.get(this.random.nextInt(firsts.size())) + " " + record.name().last();
		}

	}

	/**
	 * Unique fictional US numbers: +1 NPA 555-01XX for many area codes (the block kept
	 * for fiction).
	 */
	static final class PhoneNumbers {

		private int npa = 201;

		private int line = 0;

		String next() {
			if (this.line == 100) {
				this.line = 0;
				do {
					this.npa++;
				}
				while (this.npa % 100 == 11 || (this.npa / 10) % 10 == 9 || this.npa == 555);
			}
			if (this.npa > 989) {
				throw new IllegalStateException("no fictional numbers left");
			}
			return String.format(Locale.ROOT, "+1%d55501%02d", this.npa, this.line++);
		}

	}

}
