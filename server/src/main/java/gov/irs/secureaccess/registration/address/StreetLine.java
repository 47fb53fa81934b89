package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The street part of an address, parsed from its lines: the house number, the words of the street line in order
 * (directionals included), the words of the other lines (a building name, a colonia) before and after it, and the
 * units ("unit:5c", "fl:3", "bldg:2"), wherever they were written.
 */
record StreetLine(String number, List<String> before, List<String> street, List<String> after, List<String> units) {

	/** Every word but the number and the units, in the order written. */
	List<String> allWords() {
		return concat(this.before, this.street, this.after);
	}

	/**
	 * Compares an entered street with the record's. Number and units must be equal; the words must be the record's
	 * street line, alone or with its other lines before or after it; directionals may stand before or after the name
	 * (N Main St = Main St N) but not be missing or different.
	 */
	AddressMismatch compareWith(StreetLine record) {
		if (!Objects.equals(this.number, record.number)) {
			return AddressMismatch.STREET_NUMBER_DIFFERS;
		}
		List<String> extras = concat(record.before, record.after, List.of());
		WordKey entered = WordKey.of(allWords());
		boolean sameStreet = List.of(record.street, record.allWords(), concat(record.street, extras, List.of()),
				concat(extras, record.street, List.of()))
			.stream()
			.anyMatch((words) -> WordKey.of(words).equals(entered));
		if (!sameStreet) {
			return AddressMismatch.STREET_NAME_DIFFERS;
		}
		if (!this.units.equals(record.units)) {
			return AddressMismatch.UNIT_DIFFERS;
		}
		return null;
	}

	private static List<String> concat(List<String> a, List<String> b, List<String> c) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		all.addAll(c);
		return all;
	}

	/** Directionals as a sorted bag, the other words in order. */
	private record WordKey(List<String> directionals, List<String> words) {

		static WordKey of(List<String> tokens) {
			List<String> directionals = new ArrayList<>();
			List<String> words = new ArrayList<>();
			for (String token : tokens) {
				(UspsAbbreviations.isDirectional(token) ? directionals : words).add(token);
			}
			directionals.sort(null);
			return new WordKey(directionals, words);
		}

	}

}
