package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import gov.irs.secureaccess.registration.address.Regions.Region;

/**
 * Compares the place of an entered address with the record's, wherever in the city,
 * state, postal code and country fields (and at the end of the lines, see
 * {@link PlaceTail}) the person typed it: "Toronto" in the country field and "Canada" in
 * the city field, "Toronto, Canada" or "10117 Berlin" in the city field are forms of the
 * same place. Every word typed must be one of the record's parts, or a part the record
 * lacks that nothing in it contradicts (a region typed for a record without one must hold
 * its postal code); a part both have that differs is a mismatch. In the United States the
 * state, ZIP and city are required; abroad a part the person left out is not compared.
 */
final class PlaceCheck {

	/** Where a pooled token was typed. */
	enum Field {

		CITY, STATE, POSTAL, COUNTRY, LINE

	}

	/** Tokens typed in the place fields, each with its field. */
	record Pool(List<String> tokens, List<Field> fields) {

		Pool {
			tokens = new ArrayList<>(tokens);
			fields = new ArrayList<>(fields);
		}

		static Pool empty() {
			return new Pool(List.of(), List.of());
		}

		void add(List<String> more, Field field) {
			this.tokens.addAll(more);
			more.forEach((t) -> this.fields.add(field));
		}

		Pool copy() {
			return new Pool(this.tokens, this.fields);
		}

		void remove(int start, int length) {
			this.tokens.subList(start, start + length).clear();
			this.fields.subList(start, start + length).clear();
		}

	}

	private enum Found {

		CITY, STATE, POSTAL, COUNTRY, LOCALITY

	}

	private PlaceCheck() {
	}

	/**
	 * Compares the typed place (city, state, ZIP, country) with the record's.
	 * @param countryNamed the country the country field names, or null when it names none
	 * (its words are then in the pool) or is blank
	 * @param countryBlank whether the country field is blank (the United States, unless
	 * the country is typed elsewhere)
	 */
	static AddressMismatch compare(Pool typed, String countryNamed, boolean countryBlank, RecordPlace place) {
		Pool left = typed.copy();
		Set<Found> found = EnumSet.noneOf(Found.class);
		Set<String> countryKeys = countryKeys(place);
		Set<String> localityKeys = localityKeys(place);
		boolean stateFieldNamesRegion = stateFieldNamesRecordRegion(typed, place);
		long cityFieldTokens = typed.fields().stream().filter((f) -> f == Field.CITY).count();
		List<String> tokens = left.tokens();
		int start = 0;
		while (start < tokens.size()) {
			Match match = longestMatch(left, start, place, countryKeys, localityKeys, stateFieldNamesRegion,
					cityFieldTokens);
			if (match == null) {
				start++;
				continue;
			}
			if (match.mismatch() != null) {
				return match.mismatch();
			}
			if (match.part() == Found.COUNTRY || match.part() == Found.STATE) {
				String key = PlaceKey.of(tokens.subList(match.start(), match.start() + match.length()),
						place.country());
				if (countryKeys.contains(key)) {
					found.add(Found.COUNTRY); // England, Scotland: a region that names
												// the country
				}
				if (Regions.named(place.country(), key).filter(place::admits).isPresent()) {
					found.add(Found.STATE);
				}
			}
			left.remove(match.start(), match.length());
			found.add(match.part());
			start = match.start();
		}
		if (countryNamed != null && countryNamed.equals(place.territory())) {
			found.add(Found.STATE); // "Guam" or "Puerto Rico" in the country field names
									// the state too
		}
		AddressMismatch country = country(countryNamed, countryBlank, found.contains(Found.COUNTRY), place, left);
		if (country != null) {
			return country;
		}
		AddressMismatch leftover = leftover(left, place, found.contains(Found.CITY));
		if (leftover != null) {
			return leftover;
		}
		if (place.convention().usPostal() && !place.abroad()) {
			if (!found.contains(Found.STATE)) {
				return AddressMismatch.STATE_DIFFERS;
			}
			if (!found.contains(Found.POSTAL)) {
				return AddressMismatch.POSTAL_CODE_DIFFERS;
			}
			if (place.cityKnown() && !found.contains(Found.CITY)) {
				return AddressMismatch.CITY_DIFFERS;
			}
		}
		return null;
	}

	/**
	 * A run of tokens that writes a part of the place (or contradicts it:
	 * {@code mismatch}).
	 */
	private record Match(int start, int length, Found part, AddressMismatch mismatch) {
	}

	/**
	 * The longest run from {@code start} that writes a part of the record's place; of
	 * runs of one length, the postal code, then the city, the region, a locality, the
	 * country. A postal code or region of another place is a mismatch, except a region
	 * name that is the whole city field (Québec, Hamburg, Utrecht are cities too).
	 */
	private static Match longestMatch(Pool left, int start, RecordPlace place, Set<String> countryKeys,
			Set<String> localityKeys, boolean stateFieldNamesRegion, long cityFieldTokens) {
		List<String> tokens = left.tokens();
		int mark = PostalCodes.markAt(place.country(), tokens, start);
		int longest = Math.max(6, place.longestPart());
		for (int length = Math.min(longest, tokens.size() - start); length >= 1; length--) {
			List<String> run = tokens.subList(start, start + length);
			// The record's own postal code, typed back, is its postal code whatever it
			// holds and however many tokens it makes (a letters-only one abroad, as a
			// return may carry it), not words of the city; any other run of up to 3
			// tokens with a digit that has the shape of a postal code is another place's.
			// "#" marks a unit, not a part of a postal code (unless the record's own is
			// written with one, token for token): "#" and the record's postal code typed
			// at the start of its city ("#|GNX E-5 V 3 U") would otherwise take the
			// city's first word as the postal code.
			boolean unitMark = run.contains("#") && !run.equals(place.postalTokens());
			if (!unitMark && samePostal(AddressText.squash(run), place, length == 1)) {
				return new Match(start, length, Found.POSTAL, null);
			}
			if (!unitMark && length <= 3 && run.stream().anyMatch((t) -> t.chars().anyMatch(Character::isDigit))
					&& (PostalCodes.looksLike(place.country(), run) || looksLikeZip(run, place))) {
				return new Match(start, length, (place.postal() != null) ? Found.POSTAL : Found.LOCALITY,
						(place.postal() != null) ? AddressMismatch.POSTAL_CODE_DIFFERS : null);
			}
			if (mark > 0 && mark < length && length - mark <= 3) {
				List<String> code = run.subList(mark, length);
				if (samePostal(AddressText.squash(code), place, code.size() == 1)) {
					return new Match(start, length, Found.POSTAL, null); // "D-12043",
																			// "C.P.
																			// 06600",
																			// "〒150-0002"
				}
			}
			String key = PlaceKey.of(run, place.country());
			boolean stateField = allFrom(left, start, length, Field.STATE);
			Optional<Region> region = Regions.named(place.country(), key);
			boolean literal = key.equals(place.regionLiteral());
			boolean admitted = literal || (region.isPresent() && place.admits(region.get()));
			if (stateField && admitted) {
				return new Match(start, length, Found.STATE, null); // "New York" in the
																	// state field is the
																	// state
			}
			if (place.cityKeys().contains(key)) {
				return new Match(start, length, Found.CITY, null);
			}
			if (region.isPresent() || literal) {
				boolean wholeCityField = allFrom(left, start, length, Field.CITY) && cityFieldTokens == length;
				// A city named like a region (Québec with QC typed, Hamburg, Utrecht) is
				// a city, not the region.
				boolean city = wholeCityField && (stateFieldNamesRegion || !admitted || !place.hasRegion());
				if (!city && admitted) {
					return new Match(start, length, countryKeys.contains(key) ? Found.COUNTRY : Found.STATE, null);
				}
				if (!city && !localityKeys.contains(key) && !countryKeys.contains(key)) {
					return new Match(start, length, Found.STATE, AddressMismatch.STATE_DIFFERS);
				}
			}
			// A locality (words of the record's lines) is typed within one field: a run
			// across the city and state fields that spells one, spacing aside (a record's
			// line holding the city and the state's first word run together), must not
			// swallow the city typed in its own field.
			if ((localityKeys.contains(key) || localityKeys.contains(localityKey(run, place)))
					&& withinOneField(left, start, length)) {
				return new Match(start, length, Found.LOCALITY, null);
			}
			if (countryKeys.contains(key)) {
				return new Match(start, length, Found.COUNTRY, null);
			}
		}
		return null;
	}

	private static boolean withinOneField(Pool pool, int start, int length) {
		return allFrom(pool, start, length, pool.fields().get(start));
	}

	private static boolean allFrom(Pool pool, int start, int length, Field field) {
		for (int i = start; i < start + length; i++) {
			if (pool.fields().get(i) != field) {
				return false;
			}
		}
		return true;
	}

	private static boolean stateFieldNamesRecordRegion(Pool typed, RecordPlace place) {
		List<String> state = new ArrayList<>();
		for (int i = 0; i < typed.tokens().size(); i++) {
			if (typed.fields().get(i) == Field.STATE) {
				state.add(typed.tokens().get(i));
			}
		}
		Optional<Region> named = Regions.named(place.country(), state);
		return named.isPresent() && place.admits(named.get());
	}

	private static AddressMismatch country(String countryNamed, boolean countryBlank, boolean namedInPool,
			RecordPlace place, Pool left) {
		String record = place.country();
		if (countryNamed != null) {
			boolean same = countryNamed.equals(record) || countryNamed.equals(place.territory())
					|| (countryNamed.equals("US") && place.territory() != null);
			return same ? null : AddressMismatch.COUNTRY_DIFFERS;
		}
		if (countryBlank) {
			return (!place.abroad() || namedInPool) ? null : AddressMismatch.COUNTRY_DIFFERS;
		}
		// The country field names no country ("Toronto", "Ontario"): abroad, the country
		// must then be named in another field, or the words of the country field must all
		// be parts of the record's place.
		boolean countryWordsLeft = left.fields().contains(Field.COUNTRY);
		if (place.abroad() && !namedInPool && countryWordsLeft) {
			return AddressMismatch.COUNTRY_DIFFERS;
		}
		return null;
	}

	private static AddressMismatch leftover(Pool left, RecordPlace place, boolean cityFound) {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < left.tokens().size(); i++) {
			Field field = left.fields().get(i);
			if (left.tokens().get(i).equals("#")) {
				continue; // a unit mark left alone in a place field ("#" as a postal
							// code) names no place
			}
			if (cityFound && field == Field.CITY && place.cityWords().contains(left.tokens().get(i))) {
				continue; // "Thane West, Thane": a word of the city typed again
			}
			if (cityFound && field == Field.CITY && place.abroad() && !place.cityHasDistrict()
					&& i + 1 < left.tokens().size() && left.fields().get(i + 1) == Field.CITY
					&& AddressWords.placeSuffixes(place.country()).contains(left.tokens().get(i + 1))) {
				i++;
				continue; // "Seoul, Seocho-gu": a district the record does not hold,
							// named as one
			}
			boolean regionNobodyKnows = field == Field.STATE && !place.hasRegion() && !Regions.known(place.country());
			boolean cityNobodyKnows = (field == Field.CITY || field == Field.COUNTRY) && !place.cityKnown()
					&& place.localities().isEmpty() && place.abroad();
			if (!regionNobodyKnows && !cityNobodyKnows) {
				words.add(left.tokens().get(i));
			}
		}
		if (words.isEmpty()) {
			return null;
		}
		if (words.stream().anyMatch((token) -> token.chars().anyMatch(Character::isDigit))) {
			return AddressMismatch.POSTAL_CODE_DIFFERS;
		}
		for (int start = 0; start < words.size(); start++) {
			for (int length = Math.min(4, words.size() - start); length >= 1; length--) {
				if (Regions.named(place.country(), words.subList(start, start + length)).isPresent()) {
					return AddressMismatch.STATE_DIFFERS;
				}
			}
		}
		return AddressMismatch.CITY_DIFFERS;
	}

	private static boolean looksLikeZip(List<String> run, RecordPlace place) {
		return place.convention().usPostal() && AddressText.squash(run).matches("\\d{5}(\\d{4})?");
	}

	/**
	 * ZIP or ZIP+4 for a US record (98101 = 98101-1234 = 981011234; a +4 must equal the
	 * record's when both have one; 2108 = 02108, the leading zero a spreadsheet drops);
	 * abroad the same letters and digits, with or without the country letter before them
	 * (S560123) or a leading zero.
	 */
	static boolean samePostal(String typed, RecordPlace place, boolean oneToken) {
		String record = place.postal();
		if (record == null || typed.isEmpty()) {
			return false;
		}
		if (place.convention().usPostal() && !place.abroad() && record.matches("\\d{5}(\\d{4})?")) {
			String zip = record.substring(0, 5);
			if (typed.length() == 5) {
				return typed.equals(zip);
			}
			if (typed.length() == 4 && zip.startsWith("0")) {
				return typed.equals(zip.substring(1));
			}
			return typed.length() == 9 && typed.chars().allMatch(Character::isDigit) && typed.startsWith(zip)
					&& (record.length() != 9 || typed.equals(record));
		}
		if (typed.equals(record)) {
			return true;
		}
		if (record.startsWith("0") && typed.equals(record.substring(1))
				&& record.chars().allMatch(Character::isDigit)) {
			return true;
		}
		return oneToken && typed.endsWith(record) && typed.length() - record.length() <= 2
				&& typed.substring(0, typed.length() - record.length()).chars().allMatch(Character::isLetter)
				&& record.chars().allMatch(Character::isDigit);
	}

	private static Set<String> countryKeys(RecordPlace place) {
		Set<String> keys = new HashSet<>();
		for (String code : new String[] { place.country(), place.territory() }) {
			if (code != null) {
				for (List<String> form : CountryNames.forms(code)) {
					keys.add(PlaceKey.of(form, place.country()));
				}
			}
		}
		return keys;
	}

	/**
	 * The record's localities (the words of its lines that are not the street: a colonia,
	 * a locality, the city the IRS put there): each word, each line's words run together,
	 * and the other names of a city among them.
	 */
	private static Set<String> localityKeys(RecordPlace place) {
		Set<String> keys = new HashSet<>();
		for (List<String> segment : place.localities()) {
			keys.addAll(segment);
			keys.add(String.join("", segment));
			for (List<String> alias : CityAliases.forms(segment)) {
				keys.add(PlaceKey.of(alias, place.country()));
			}
		}
		keys.remove("");
		return keys;
	}

	/**
	 * A locality run as the street parser keeps its words (canonical, particles and
	 * markers dropped).
	 */
	private static String localityKey(List<String> tokens, RecordPlace place) {
		StringBuilder key = new StringBuilder();
		for (String token : NameWords.numbersAsDigits(tokens)) {
			if (!AddressWords.isMarker(token) && !NameWords.isParticle(token)
					&& !AddressWords.placeSuffixes(place.country()).contains(token)) {
				key.append(PlaceKey.transliterated(NameWords.canonical(token), place.country()));
			}
		}
		return key.toString();
	}

}
