package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import gov.irs.secureaccess.registration.address.RecordPlace.Part;
import gov.irs.secureaccess.sources.taxrecords.Address;

/**
 * REG-3: compares the address a person typed with the address on their last return. Differences of form are
 * tolerated (see docs/address-matching.md): case, punctuation, diacritics, USPS abbreviations, ZIP vs ZIP+4, the
 * unit on either line, and for addresses abroad city and country in each other's fields, the postal code in line 1
 * or in the city field, country names vs codes. A different number, street, unit, city, state, postal code or country
 * is a mismatch; nothing is accepted on similarity alone. Pure and thread-safe.
 */
public final class AddressMatcher {

	/** Longer than any real address field (USPS lines hold 64 characters); a longer entry is refused unread. */
	public static final int MAX_FIELD_LENGTH = 200;

	private AddressMatcher() {
	}

	public static AddressComparison compare(EnteredAddress entered, Address onRecord) {
		Objects.requireNonNull(entered, "entered address");
		Objects.requireNonNull(onRecord, "address on record");
		if (entered.anyFieldLongerThan(MAX_FIELD_LENGTH)) {
			return AddressComparison.mismatch(AddressMismatch.ENTRY_TOO_LONG);
		}
		RecordPlace place = new RecordPlace(onRecord, entered.postalCode());
		List<List<String>> recordLines = recordLines(onRecord, place);
		List<List<String>> lines = lines(entered.line1(), entered.line2());
		List<String> pool = pool(entered);
		AddressMismatch asTyped = compare(lines, pool, entered.country(), recordLines, place);
		if (asTyped == null) {
			return AddressComparison.match();
		}
		List<List<String>> linesWithoutPlace = new ArrayList<>(lines);
		List<String> poolWithPlace = new ArrayList<>(pool);
		Set<Part> used = EnumSet.noneOf(Part.class);
		for (int s = lines.size() - 1; s >= 0; s--) {
			List<String> segment = lines.get(s);
			int run = placeRun(segment, place, used);
			linesWithoutPlace.set(s, segment.subList(0, segment.size() - run));
			poolWithPlace.addAll(segment.subList(segment.size() - run, segment.size()));
		}
		if (poolWithPlace.size() == pool.size()) {
			return AddressComparison.mismatch(asTyped);
		}
		AddressMismatch placeMoved = compare(linesWithoutPlace, poolWithPlace, entered.country(), recordLines, place);
		return (placeMoved == null) ? AddressComparison.match() : AddressComparison.mismatch(placeMoved);
	}

	private static AddressMismatch compare(List<List<String>> lines, List<String> pool, String countryField,
			List<List<String>> recordLines, RecordPlace place) {
		AddressMismatch placeMismatch = PlaceCheck.compare(pool, countryField, place);
		if (placeMismatch != null) {
			return placeMismatch;
		}
		return StreetLineParser.parse(lines).compareWith(StreetLineParser.parse(recordLines));
	}

	private static List<List<String>> lines(String line1, String line2) {
		List<List<String>> lines = new ArrayList<>(AddressText.segments(line1));
		lines.addAll(AddressText.segments(line2));
		return lines;
	}

	/** The entered city, state and postal code, and the country field when it names no country. */
	private static List<String> pool(EnteredAddress entered) {
		List<String> pool = new ArrayList<>(AddressText.tokens(entered.city()));
		pool.addAll(AddressText.tokens(entered.state()));
		pool.addAll(AddressText.tokens(entered.postalCode()));
		if (CountryNames.resolve(entered.country()) == null) {
			pool.addAll(AddressText.tokens(entered.country()));
		}
		return pool;
	}

	/**
	 * The record's lines. When the record has no postal code, the IRS may have kept it in a line (seed 001): the
	 * entered postal code, found at the start or end of a record line, is taken out of it.
	 */
	private static List<List<String>> recordLines(Address record, RecordPlace place) {
		List<List<String>> lines = lines(record.line1(), record.line2());
		if (place.recordHasPostal()) {
			return lines;
		}
		List<List<String>> stripped = new ArrayList<>();
		for (List<String> segment : lines) {
			int end = segment.size() - place.matchEndingAt(segment, segment.size(), Part.POSTAL);
			int start = (end > 0) ? place.matchAt(segment, 0, Part.POSTAL) : 0;
			if (start < end) {
				stripped.add(segment.subList(start, end));
			}
		}
		return stripped;
	}

	/**
	 * How many tokens at the end of a line segment write the record's place ("…, Toronto ON M5V 2T6", "… 10117
	 * Berlin"), each part at most once over all segments (read from the last); only a run that holds the city or the
	 * postal code, or a whole segment, counts.
	 */
	private static int placeRun(List<String> segment, RecordPlace place, Set<Part> usedBefore) {
		Set<Part> used = EnumSet.copyOf(usedBefore);
		int end = segment.size();
		boolean more = true;
		while (more && end > 0) {
			more = false;
			for (Part part : Part.values()) {
				int length = used.contains(part) ? 0 : place.matchEndingAt(segment, end, part);
				if (length > 0) {
					used.add(part);
					end -= length;
					more = true;
					break;
				}
			}
		}
		Set<Part> added = EnumSet.copyOf(used);
		added.removeAll(usedBefore);
		if (added.contains(Part.CITY) || added.contains(Part.POSTAL) || (end == 0 && !added.isEmpty())) {
			usedBefore.addAll(added);
			return segment.size() - end;
		}
		return 0;
	}

}
