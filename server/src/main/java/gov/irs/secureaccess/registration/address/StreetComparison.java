package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compares an entered street with the record's, part by part: house number, units, box,
 * route and highway must be equal; the name must be the same words (with or without its
 * articles and particles, spaced or not); the street types must be the same where the
 * country distinguishes streets by them (Main St vs Main Ave vs Main), and may be left
 * out or translated elsewhere (Herzl St 15 = Herzl 15); directionals may stand before or
 * after the name (N Main St = Main St N) but not be missing or different; and the other
 * words typed (a colonia, a building, a locality) must be the record's, when the record
 * has any.
 */
final class StreetComparison {

	/**
	 * Countries where a flat is often written as the house number (India's "302, Sai
	 * Apartments" = "Flat 302, Sai Apartments"; "B-204" = "Flat B-204"): a number on one
	 * side may be the other's only unit.
	 */
	private static final Set<String> FLAT_AS_NUMBER = Set.of("IN", "PK", "BD", "LK", "NP", "AE", "SA", "QA", "KW", "BH",
			"OM", "EG", "PH", "MY", "ID", "NG", "KE", "GH");

	private StreetComparison() {
	}

	static AddressMismatch compare(Street entered, Street record, Convention convention) {
		if (record.noStreet() && !entered.noStreet() && entered.box() == null && entered.route() == null
				&& entered.highway() == null && entered.units().equals(record.units())) {
			// The record holds no street (Lot 5 Blk 12, a building, a locality): what was
			// typed as one must be among the record's other words ("Molino 3" for "Brgy
			// Molino III").
			List<String> typed = new ArrayList<>(entered.nameWords());
			if (entered.number() != null) {
				typed.add(entered.number());
			}
			typed.addAll(entered.extras());
			return new HashSet<>(record.extras()).containsAll(typed) ? null : AddressMismatch.STREET_NAME_DIFFERS;
		}
		AddressMismatch numbers = numberAndUnits(entered, record, convention);
		if (numbers != null) {
			return numbers;
		}
		if (!Objects.equals(entered.box(), record.box())) {
			return AddressMismatch.STREET_NUMBER_DIFFERS;
		}
		if (!Objects.equals(entered.route(), record.route())) {
			return AddressMismatch.STREET_NAME_DIFFERS;
		}
		if (!Highways.same(entered.highway(), record.highway())) {
			return AddressMismatch.STREET_NAME_DIFFERS;
		}
		if (record.name().isEmpty() && record.highway() == null && !entered.name().isEmpty()) {
			// The record's street is only a number (India's "B-204, Lodha Paradise"): the
			// name typed must be among its other words.
			return new HashSet<>(record.extras()).containsAll(entered.nameWords()) ? null
					: AddressMismatch.STREET_NAME_DIFFERS;
		}
		if (!sameName(entered, record) && !sameWords(entered, record, convention)) {
			return AddressMismatch.STREET_NAME_DIFFERS;
		}
		if (!sameTypes(entered.types(), record.types(), convention)) {
			return AddressMismatch.STREET_NAME_DIFFERS;
		}
		if (!sameDirectionals(entered, record)) {
			return AddressMismatch.STREET_NAME_DIFFERS;
		}
		if (!record.extras().isEmpty() && !new HashSet<>(record.extras()).containsAll(entered.extras())) {
			return AddressMismatch.STREET_NAME_DIFFERS;
		}
		return null;
	}

	/**
	 * "12 Main Road" for "12th Main Road" (Bangalore's numbered Main roads): where one
	 * side has no house number, the other's number may be the first word of the name.
	 */
	private static boolean numberInName(Street numbered, Street other) {
		return numbered.number() != null && other.number() == null && numbered.number().matches("\\d+")
				&& other.names().contains(numbered.number() + numbered.name());
	}

	private static AddressMismatch numberAndUnits(Street entered, Street record, Convention convention) {
		boolean sameNumber = Objects.equals(entered.number(), record.number()) || numberInName(entered, record)
				|| numberInName(record, entered);
		boolean sameUnits = entered.units().equals(record.units());
		if (sameNumber && sameUnits) {
			return null;
		}
		if (FLAT_AS_NUMBER.contains(convention.country()) && flatAsNumber(entered, record)) {
			return null;
		}
		return sameNumber ? AddressMismatch.UNIT_DIFFERS : AddressMismatch.STREET_NUMBER_DIFFERS;
	}

	private static boolean flatAsNumber(Street a, Street b) {
		return flat(a, b) || flat(b, a);
	}

	private static boolean flat(Street numbered, Street flat) {
		return numbered.number() != null && numbered.units().isEmpty() && flat.number() == null
				&& flat.units().size() == 1
				&& flat.units()
					.get(0)
					.substring(flat.units().get(0).indexOf(':') + 1)
					.equals(StreetScanner.canonicalId(numbered.number()));
	}

	/**
	 * Where no street type tells the name from the locality ("14, 3rd Cross, Jayanagar
	 * 4th Block" typed on one line): the same words of name and localities on both sides.
	 */
	private static boolean sameWords(Street entered, Street record, Convention convention) {
		if (convention.typeRequired() || entered.nameWords().isEmpty() || record.nameWords().isEmpty()) {
			return false;
		}
		Set<String> typed = new HashSet<>(entered.nameWords());
		typed.addAll(entered.extras());
		Set<String> onRecord = new HashSet<>(record.nameWords());
		onRecord.addAll(record.extras());
		return typed.equals(onRecord) && typed.containsAll(record.nameWords());
	}

	private static boolean sameName(Street entered, Street record) {
		if (entered.names().stream().anyMatch(record.names()::contains)) {
			return true;
		}
		if (numberInName(entered, record) || numberInName(record, entered)) {
			return true;
		}
		// "Northshore Dr" for "North Shore Dr": the directional run into the name.
		return !entered.nameWithDirectionals().isEmpty()
				&& entered.nameWithDirectionals().equals(record.nameWithDirectionals());
	}

	/**
	 * Equal types, or, where a country writes several before the name (Av. Paseo de la
	 * Reforma), one side's types among the other's; abroad, a type on one side only.
	 */
	private static boolean sameTypes(Set<String> entered, Set<String> record, Convention convention) {
		if (entered.equals(record)) {
			return true;
		}
		if (entered.isEmpty() || record.isEmpty()) {
			return !convention.typeRequired();
		}
		return (record.size() > 1 && record.containsAll(entered))
				|| (entered.size() > 1 && entered.containsAll(record));
	}

	private static boolean sameDirectionals(Street entered, Street record) {
		String ePre = entered.preDirectional();
		String ePost = entered.postDirectional();
		String rPre = record.preDirectional();
		String rPost = record.postDirectional();
		if (Objects.equals(ePre, rPre) && Objects.equals(ePost, rPost)) {
			return true;
		}
		if (entered.names().stream().noneMatch(record.names()::contains)) {
			return true; // "Northshore" = "North Shore": the directional was part of the
							// name
		}
		// One directional on each side, before or after the name: N Main St = Main St N.
		List<String> e = Stream.of(ePre, ePost).filter(Objects::nonNull).toList();
		List<String> r = Stream.of(rPre, rPost).filter(Objects::nonNull).toList();
		return e.size() == 1 && r.size() == 1 && e.equals(r);
	}

}
