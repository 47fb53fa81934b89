package gov.irs.secureaccess.sources.generator;

import java.util.List;
import java.util.Random;

import gov.irs.secureaccess.sources.taxrecords.Address;

/**
 * The kinds of address on a return, and how often each occurs in the generated
 * population.
 */
final class Addresses {

	enum Kind {

		US, US_UNIT_LINE1, US_UNIT_LINE2, MILITARY, CANADA, UNITED_KINGDOM, MEXICO, GERMANY, OTHER_ABROAD

	}

	private Addresses() {
	}

	/** Per 1000 people: 1% military, about 2.5% abroad, 15% with a unit. */
	static Kind pickKind(Random random) {
		int roll = random.nextInt(1000);
		if (roll < 10) {
			return Kind.MILITARY;
		}
		if (roll < 16) {
			return Kind.CANADA;
		}
		if (roll < 21) {
			return Kind.UNITED_KINGDOM;
		}
		if (roll < 25) {
			return Kind.MEXICO;
		}
		if (roll < 29) {
			return Kind.GERMANY;
		}
		if (roll < 35) {
			return Kind.OTHER_ABROAD;
		}
		if (roll < 110) {
			return Kind.US_UNIT_LINE1;
		}
		if (roll < 185) {
			return Kind.US_UNIT_LINE2;
		}
		return Kind.US;
	}

	static Address of(Kind kind, Random random, UsPlaces.City city) {
		return switch (kind) {
			case US -> new Address(UsPlaces.streetLine(random), null, city.name(), city.state(),
					UsPlaces.zip(random, city), Address.US);
			case US_UNIT_LINE1 -> new Address(UsPlaces.streetLine(random) + " " + UsPlaces.unit(random), null,
					city.name(), city.state(), UsPlaces.zip(random, city), Address.US);
			case US_UNIT_LINE2 -> new Address(UsPlaces.streetLine(random), UsPlaces.unit(random), city.name(),
					city.state(), UsPlaces.zip(random, city), Address.US);
			case MILITARY -> military(random);
			case CANADA -> AbroadPlaces.canada(random);
			case UNITED_KINGDOM -> AbroadPlaces.unitedKingdom(random);
			case MEXICO -> AbroadPlaces.mexico(random);
			case GERMANY -> AbroadPlaces.germany(random);
			case OTHER_ABROAD -> AbroadPlaces.other(random, Names.pick(random, AbroadPlaces.OTHER_COUNTRIES));
		};
	}

	/**
	 * APO/FPO/DPO with AA (the Americas, ZIP 340xx), AE (Europe etc., 090-098xx) or AP
	 * (Pacific, 962-966xx).
	 */
	static Address military(Random random) {
		int box = 1 + random.nextInt(9999);
		return switch (random.nextInt(6)) {
			case 0 -> new Address("Unit " + (2000 + random.nextInt(8000)) + " Box " + box, null, "APO", "AE",
					"09" + (0 + random.nextInt(8)) + String.format("%02d", 2 + random.nextInt(97)), Address.US);
			case 1 -> new Address("PSC " + (1 + random.nextInt(999)) + " Box " + box, null, "APO", "AP",
					(962 + random.nextInt(4)) + String.format("%02d", random.nextInt(100)), Address.US);
			case 2 -> new Address("CMR " + (400 + random.nextInt(99)) + " Box " + box, null, "APO", "AE",
					"094" + String.format("%02d", random.nextInt(100)), Address.US);
			case 3 -> new Address("Unit " + (100000 + random.nextInt(99999)) + " Box " + box, null, "FPO", "AP",
					"966" + String.format("%02d", random.nextInt(100)), Address.US);
			case 4 -> new Address("Unit " + (8000 + random.nextInt(1999)) + " Box " + box, null, "DPO", "AE",
					"098" + String.format("%02d", random.nextInt(100)), Address.US);
			default -> new Address("PSC " + (1 + random.nextInt(999)) + " Box " + box, null, "APO", "AA",
					"340" + String.format("%02d", random.nextInt(100)), Address.US);
		};
	}

	static boolean isAbroad(Kind kind) {
		return List.of(Kind.CANADA, Kind.UNITED_KINGDOM, Kind.MEXICO, Kind.GERMANY, Kind.OTHER_ABROAD).contains(kind);
	}

}
