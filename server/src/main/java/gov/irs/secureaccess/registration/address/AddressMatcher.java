package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import gov.irs.secureaccess.registration.address.PlaceCheck.Field;
import gov.irs.secureaccess.registration.address.PlaceCheck.Pool;
import gov.irs.secureaccess.sources.taxrecords.Address;

/**
 * REG-3: compares the address a person typed with the address on their last return, place
 * by place: house number, street, unit, locality, region, postal code, country.
 * Differences of form are tolerated (see docs/address-matching.md): the USPS Publication
 * 28 forms (suffixes, units, directionals, rural routes, highway contracts, PO boxes,
 * highways, Puerto Rico's urbanizations), each country's way of writing units and house
 * numbers (1205-88 in Canada, 5/12 in Australia, 15/4 in Israel, 1-2-3 in Japan), case,
 * accents, spacing, the unit on either line, the place typed in any of the place fields
 * or at the end of a line, postal code marks (D-, 〒, C.P.), region names and codes, and
 * the record shapes of seed 001 (the country in the city field, the city and postal code
 * in a line). A part both have that differs is a mismatch; a part only the record has is
 * not compared abroad; nothing is accepted on similarity alone. Pure and thread-safe.
 */
public final class AddressMatcher {

	/**
	 * Longer than any real address field (USPS lines hold 64 characters); a longer entry
	 * is refused unread.
	 */
	public static final int MAX_FIELD_LENGTH = 200;

	private AddressMatcher() {
	}

	public static AddressComparison compare(EnteredAddress entered, Address onRecord) {
		Objects.requireNonNull(entered, "entered address");
		Objects.requireNonNull(onRecord, "address on record");
		if (entered.anyFieldLongerThan(MAX_FIELD_LENGTH)) {
			return AddressComparison.mismatch(AddressMismatch.ENTRY_TOO_LONG);
		}
		RecordPlace place = new RecordPlace(onRecord);
		Convention convention = place.convention();
		List<Street> recordStreets = StreetParser.parse(place.lines(), convention, place.stateWords());
		place.localities(recordStreets.get(0).extraSegments());

		String countryNamed = CountryNames.resolve(entered.country());
		boolean countryBlank = entered.country() == null || entered.country().isBlank();
		Pool pool = Pool.empty();
		pool.add(AddressText.tokens(entered.city()), Field.CITY);
		pool.add(AddressText.tokens(entered.state()), Field.STATE);
		pool.add(AddressText.tokens(entered.postalCode()), Field.POSTAL);
		if (countryNamed == null) {
			pool.add(AddressText.tokens(entered.country()), Field.COUNTRY);
		}
		List<List<String>> lines = new ArrayList<>(AddressText.segments(entered.line1()));
		lines.addAll(AddressText.segments(entered.line2()));

		AddressMismatch asTyped = compare(lines, pool, countryNamed, countryBlank, place, recordStreets);
		if (asTyped == null) {
			return AddressComparison.match();
		}
		PlaceTail.Split split = PlaceTail.split(lines, place);
		if (split.place().isEmpty()) {
			return AddressComparison.mismatch(asTyped);
		}
		Pool withTail = pool.copy();
		withTail.add(split.place(), Field.LINE);
		AddressMismatch placeMoved = compare(split.lines(), withTail, countryNamed, countryBlank, place, recordStreets);
		return (placeMoved != null) ? AddressComparison.mismatch(asTyped) : AddressComparison.match();
	}

	private static AddressMismatch compare(List<List<String>> lines, Pool pool, String countryNamed,
			boolean countryBlank, RecordPlace place, List<Street> recordStreets) {
		AddressMismatch placeMismatch = PlaceCheck.compare(pool, countryNamed, countryBlank, place);
		if (placeMismatch != null) {
			return placeMismatch;
		}
		AddressMismatch first = null;
		for (Street entered : StreetParser.parse(lines, place.convention(), place.stateWords())) {
			for (Street record : recordStreets) {
				AddressMismatch mismatch = StreetComparison.compare(entered, record, place.convention());
				if (mismatch == null) {
					return null;
				}
				first = (first != null) ? first : mismatch;
			}
		}
		return first;
	}

}
