package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import gov.irs.secureaccess.registration.address.Regions.Region;
import gov.irs.secureaccess.sources.taxrecords.Address;

/**
 * The place of the record (city, region, postal code, country) read from wherever the IRS
 * keeps it: its own fields, or, in the record shapes of seed 001, the city field holding
 * the country or the province, the postal code and the real city in line 1 or line 2, the
 * colonia and postal code in the lines. What is taken out of the lines is kept here, and
 * the lines without it are what the street is read from.
 */
final class RecordPlace {

	/**
	 * Countries whose capital city has the country's name: a city field that names the
	 * country is its city.
	 */
	private static final Set<String> CITY_STATES = Set.of("LU", "SG", "MC", "HK", "MO", "SM", "VA", "KW", "GI", "DJ",
			"PA", "GT", "BH", "QA", "AD");

	private static final Set<String> US_TERRITORIES = Set.of("PR", "GU", "VI", "AS", "MP");

	private final Address record;

	private final Convention convention;

	private final List<List<String>> cityForms = new ArrayList<>();

	private final Set<String> cityKeys = new HashSet<>();

	private Region region;

	private String regionLiteral;

	private String postal;

	private final List<List<String>> lines;

	private List<List<String>> localities = List.of();

	RecordPlace(Address record) {
		this.record = record;
		this.convention = Convention.of(record.country());
		this.postal = (record.postalCode() != null) ? PostalCodes.compact(record.postalCode()) : null;
		if (record.state() != null) {
			Optional<Region> named = Regions.named(country(), AddressText.tokens(record.state()));
			this.region = named.orElse(null);
			this.regionLiteral = named.isPresent() ? null : PlaceKey.of(AddressText.tokens(record.state()), country());
		}
		readCityField();
		List<List<String>> lines = new ArrayList<>(AddressText.segments(record.line1()));
		lines.addAll(AddressText.segments(record.line2()));
		this.lines = placeOutOfLines(lines);
	}

	String country() {
		return this.record.country();
	}

	Convention convention() {
		return this.convention;
	}

	boolean abroad() {
		return this.record.isAbroad();
	}

	/**
	 * The territory a US record lies in (PR, GU, VI, AS, MP), typed as a country by many.
	 */
	String territory() {
		return (!abroad() && US_TERRITORIES.contains(this.record.state())) ? this.record.state() : null;
	}

	List<List<String>> lines() {
		return this.lines;
	}

	boolean cityKnown() {
		return !this.cityForms.isEmpty();
	}

	Set<String> cityKeys() {
		return this.cityKeys;
	}

	/**
	 * The tokens of the record's postal code as written ("#" included), empty when it has
	 * none.
	 */
	List<String> postalTokens() {
		return (this.record.postalCode() != null) ? AddressText.tokens(this.record.postalCode()) : List.of();
	}

	/**
	 * The most tokens a part of this place is written in (a form of its city, a locality,
	 * its postal code), so that a typed run that long is looked at: "Dolores Hidalgo Cuna
	 * de la Independencia Nacional" is seven words.
	 */
	int longestPart() {
		int longest = (this.record.postalCode() != null) ? AddressText.tokens(this.record.postalCode()).size() : 0;
		for (List<String> form : this.cityForms) {
			longest = Math.max(longest, form.size());
		}
		for (List<String> locality : this.localities) {
			longest = Math.max(longest, locality.size());
		}
		return longest;
	}

	/** Whether the record's city names a district of its own (Kita-ku, Osaka-shi). */
	boolean cityHasDistrict() {
		Set<String> districts = Set.of("ku", "gu", "ward", "district", "dist", "qu");
		return AddressText.tokens(this.record.city()).stream().anyMatch(districts::contains);
	}

	/** Every word of every form of the city. */
	Set<String> cityWords() {
		Set<String> words = new HashSet<>();
		this.cityForms.forEach(words::addAll);
		return words;
	}

	String postal() {
		return this.postal;
	}

	/**
	 * The record's region, its region implied by its city (Berlin, Genève, Osaka), or
	 * null.
	 */
	Region region() {
		return this.region;
	}

	String regionLiteral() {
		return this.regionLiteral;
	}

	boolean hasRegion() {
		return this.region != null || this.regionLiteral != null;
	}

	/**
	 * Whether a region typed where the record has none can be the record's: it must hold
	 * the record's postal code.
	 */
	boolean admits(Region typed) {
		if (this.region != null) {
			return Regions.shareAName(this.region, typed);
		}
		if (this.regionLiteral != null) {
			return typed.names().contains(this.regionLiteral);
		}
		return this.postal == null || typed.holdsPostalCode(this.postal);
	}

	/**
	 * The words of the record's lines that are not its street (a colonia, a locality, the
	 * city the IRS put there).
	 */
	List<List<String>> localities() {
		return this.localities;
	}

	void localities(List<List<String>> extras) {
		this.localities = List.copyOf(extras);
	}

	/**
	 * The state code and name as single words, which may designate a state highway (NY-9,
	 * Texas 249).
	 */
	Set<String> stateWords() {
		Set<String> words = new HashSet<>();
		if (this.record.state() != null) {
			words.add(this.record.state().toLowerCase(Locale.ROOT));
			List<String> name = AddressText.tokens(this.record.state());
			if (name.size() == 1) {
				words.add(name.get(0));
			}
			if (this.region != null) {
				this.region.names()
					.stream()
					.filter((key) -> key.chars().allMatch(Character::isLetter))
					.forEach(words::add);
			}
		}
		return words;
	}

	private void readCityField() {
		List<List<String>> segments = AddressText.segments(this.record.city());
		boolean namesCountry = country().equals(CountryNames.resolve(this.record.city()));
		if (namesCountry && !CITY_STATES.contains(country())) {
			return; // seed 001: the IRS keeps "Canada" in the city field
		}
		List<List<String>> cities = new ArrayList<>();
		for (List<String> segment : segments) {
			List<String> city = new ArrayList<>(segment);
			if (!namesCountry && country().equals(CountryNames.resolve(city))) {
				continue; // "Toronto, Canada"
			}
			int[] run = postalRun(city, true);
			if (run != null) {
				take(city, run);
			}
			if (city.size() > 1 && !hasRegion()) {
				int length = regionEndingAt(city, city.size());
				if (length > 0 && length < city.size()) {
					this.region = Regions.named(country(), city.subList(city.size() - length, city.size()))
						.orElseThrow();
					city.subList(city.size() - length, city.size()).clear(); // "Vancouver
																				// BC"
				}
			}
			if (!city.isEmpty()) {
				cities.add(city);
			}
		}
		if (cities.size() > 1 && !hasRegion()) {
			cities.removeIf((city) -> {
				Optional<Region> named = Regions.named(country(), city);
				named.ifPresent((r) -> this.region = r); // "Gatineau, Québec"
				return named.isPresent();
			});
		}
		for (List<String> city : cities) {
			for (List<String> form : CityAliases.forms(city)) {
				this.cityForms.add(form);
				this.cityKeys.add(PlaceKey.of(form, country()));
			}
		}
		if (!hasRegion()) {
			impliedRegion(cities);
		}
	}

	/**
	 * A city that is itself a region (Berlin, Wien, Genève, Ciudad de México, Osaka)
	 * implies that region.
	 */
	private void impliedRegion(List<List<String>> cities) {
		for (List<String> city : cities) {
			for (List<String> form : CityAliases.forms(city)) {
				List<String> name = new ArrayList<>(form);
				while (name.size() > 1 && (name.get(name.size() - 1).matches("\\d+|[a-z]"))) {
					name.remove(name.size() - 1); // "Dublin 2", "København N"
				}
				Optional<Region> named = Regions.named(country(), name);
				if (named.isPresent()) {
					this.region = named.get();
					return;
				}
			}
		}
	}

	private void take(List<String> tokens, int[] run) {
		if (this.postal == null) {
			this.postal = AddressText.squash(tokens.subList(run[1], run[2]));
		}
		tokens.subList(run[0], run[2]).clear();
	}

	/**
	 * [start with its mark, start, end] of a postal code ending the tokens (something
	 * must stand before it) or, when {@code leading}, starting them ("10117 Berlin");
	 * null when there is none. With a postal code on record, only that code counts (a
	 * house number may have the shape of a postal code).
	 */
	private int[] postalRun(List<String> tokens, boolean leading) {
		for (int length = Math.min(3, tokens.size()); length >= 1; length--) {
			int start = tokens.size() - length;
			if (isPostal(tokens.subList(start, tokens.size()))) {
				int mark = markBefore(tokens, start);
				if (start - mark > 0 || leading) {
					return new int[] { start - mark, start, tokens.size() };
				}
			}
		}
		if (!leading) {
			return null;
		}
		for (int length = Math.min(3, tokens.size()); length >= 1; length--) {
			int mark = PostalCodes.markAt(country(), tokens, 0);
			if (mark + length <= tokens.size() && isPostal(tokens.subList(mark, mark + length))) {
				return new int[] { 0, mark, mark + length };
			}
		}
		return null;
	}

	private boolean isPostal(List<String> tokens) {
		if (tokens.stream().noneMatch((t) -> t.chars().anyMatch(Character::isDigit))) {
			return false;
		}
		if (this.record.postalCode() != null) {
			return AddressText.squash(tokens).equals(PostalCodes.compact(this.record.postalCode()));
		}
		return PostalCodes.looksLike(country(), tokens);
	}

	private int markBefore(List<String> tokens, int start) {
		for (int length = Math.min(3, start); length >= 1; length--) {
			if (PostalCodes.markAt(country(), tokens, start - length) == length) {
				return length;
			}
		}
		return 0;
	}

	private int regionEndingAt(List<String> tokens, int end) {
		for (int length = Math.min(4, end); length >= 1; length--) {
			if (Regions.named(country(), tokens.subList(end - length, end)).isPresent()) {
				return length;
			}
		}
		return 0;
	}

	/**
	 * Seed 001: the IRS may keep the postal code (and with it the province and the city)
	 * in a line of an address abroad. The postal code is taken out of the line it ends or
	 * starts, the region just before it, a country name at the end; what remains of the
	 * line is read as the street or as its locality.
	 */
	private List<List<String>> placeOutOfLines(List<List<String>> lines) {
		List<List<String>> out = new ArrayList<>();
		for (int s = 0; s < lines.size(); s++) {
			List<String> segment = new ArrayList<>(lines.get(s));
			if (abroad()) {
				int country = countryEndingAt(segment);
				segment.subList(segment.size() - country, segment.size()).clear();
				int[] run = postalRun(segment, s > 0);
				if (run != null) {
					take(segment, run);
					if (!hasRegion() && segment.size() > 1) {
						int region = regionEndingAt(segment, segment.size());
						if (region > 0 && region < segment.size()) {
							this.region = Regions
								.named(country(), segment.subList(segment.size() - region, segment.size()))
								.orElseThrow();
							segment.subList(segment.size() - region, segment.size()).clear(); // "Toronto
																								// ON
																								// M5V
																								// 2T6"
						}
					}
				}
			}
			if (!segment.isEmpty()) {
				out.add(segment);
			}
		}
		return out;
	}

	private int countryEndingAt(List<String> segment) {
		for (int length = Math.min(4, segment.size() - 1); length >= 1; length--) {
			List<String> tail = segment.subList(segment.size() - length, segment.size());
			if (country().equals(CountryNames.resolve(tail))) {
				return length;
			}
		}
		return 0;
	}

}
