package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import gov.irs.secureaccess.registration.address.RecordPlace.Part;

/**
 * Compares the place of an entered address (city, state, postal code, country) with the record's, wherever in the
 * city, state, postal code and country fields the person typed them: "Toronto" in the country field and "Canada" in
 * the city field, "Toronto, Canada" in the city field, "10117 Berlin" in the city field are forms of the same place.
 * Every word typed must be one of the record's parts; a word left over is a different place.
 */
final class PlaceCheck {

	private PlaceCheck() {
	}

	/**
	 * @param pool the tokens of the entered city, state, postal code and (when it names no country) country fields,
	 * and any city/postal code run moved out of the entered lines
	 * @param countryField the entered country field as typed
	 */
	static AddressMismatch compare(List<String> pool, String countryField, RecordPlace place) {
		List<String> left = new ArrayList<>(pool);
		Set<Part> found = EnumSet.noneOf(Part.class);
		for (Part part : Part.values()) {
			if (removeFirst(left, part, place)) {
				found.add(part);
			}
		}
		boolean removed = true;
		while (removed && !left.isEmpty()) { // the same part typed twice ("Firenze", "Firenze") is still the place
			removed = false;
			for (Part part : Part.values()) {
				removed |= removeFirst(left, part, place);
			}
		}
		String record = place.record().country();
		if (!record.equals(enteredCountry(countryField, found.contains(Part.COUNTRY) ? record : null))) {
			return AddressMismatch.COUNTRY_DIFFERS;
		}
		boolean digitsLeft = left.stream().anyMatch((token) -> token.chars().anyMatch(Character::isDigit));
		if ((place.recordHasPostal() && !found.contains(Part.POSTAL)) || digitsLeft) {
			return AddressMismatch.POSTAL_CODE_DIFFERS;
		}
		if ((place.stateRequired() && !found.contains(Part.STATE))
				|| (!left.isEmpty() && StateNames.isState(record, left))) {
			return AddressMismatch.STATE_DIFFERS;
		}
		if (!place.cityKnown()) {
			return null; // the record lost its city (seed 001): what the person typed cannot be compared
		}
		return (found.contains(Part.CITY) && left.isEmpty()) ? null : AddressMismatch.CITY_DIFFERS;
	}

	/** The country typed in the country field, else found among the other words, else blank = US. */
	private static String enteredCountry(String countryField, String foundInPool) {
		String typed = CountryNames.resolve(countryField);
		if (typed != null) {
			return typed;
		}
		if (foundInPool != null) {
			return foundInPool;
		}
		return (countryField == null || countryField.isBlank()) ? "US" : null;
	}

	private static boolean removeFirst(List<String> tokens, Part part, RecordPlace place) {
		for (int start = 0; start < tokens.size(); start++) {
			int length = place.matchAt(tokens, start, part);
			if (length > 0) {
				tokens.subList(start, start + length).clear();
				return true;
			}
		}
		return false;
	}

}
