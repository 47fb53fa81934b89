package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.registration.address.Convention.LeadingPair;
import gov.irs.secureaccess.registration.address.StreetScanner.Segment;

/**
 * Reads the street part of an address from its lines, after {@link StreetScanner} took
 * out units, boxes and routes: picks the segment that holds the street, reads its house
 * number the way the country writes it (see {@link Convention}), its highway designation
 * (Pub 28 sec. 234: State Route 9 = SR-9 = Route 9), its directionals (before or after
 * the name), its street types (a prefix in Calle Mayor or Rue de la Paix, a suffix in
 * Main St) and its name; the other segments are units, a loose house number ("455, rue
 * Sainte-Catherine") or extras (a colonia, a building, a locality).
 */
final class StreetParser {

	private static final Pattern GRID = Pattern.compile("[nsew]\\d+[nsew]\\d+");

	private static final Pattern GRID_HALF = Pattern.compile("[nsew]\\d+");

	private static final Pattern FRACTION = Pattern.compile("\\d+/\\d+");

	private static final Pattern HYPHENATED = Pattern.compile("(\\d+[a-z]?)-(\\d+[a-z]?)");

	private static final Pattern SLASHED = Pattern.compile("(\\d+[a-z]?)/(\\d+[a-z]?(?:-\\d+[a-z]?)?)");

	private static final Pattern NUMBER_WITH_FRACTION = Pattern.compile("(\\d+)-(\\d+/\\d+)");

	private static final Pattern ABBREVIATED_COMPOUND = Pattern.compile("(\\p{L}{3,})str");

	/**
	 * German, Dutch and Nordic compounds written as one word: Friedrichstraße,
	 * Kalverstraat, Drottninggatan.
	 */
	private static final Pattern COMPOUND = Pattern
		.compile("(\\p{L}{3,}?)(strasse|str|straat|gatan|gata|gade|gaten|vagen|vegen|vej|vejen|allee|platz|ring|weg)");

	private static final Set<String> COMPOUND_COUNTRIES = Set.of("DE", "AT", "CH", "LI", "LU", "NL", "BE", "DK", "NO",
			"SE", "IS");

	/** French-speaking posts abbreviate Ouest to O and write Est for East. */
	private static final Set<String> FRENCH_DIRECTIONALS = Set.of("CA", "FR", "BE", "CH", "LU", "MC");

	private static final Set<String> LETTER_SUFFIXES = Set.of("bis", "ter", "quater");

	private StreetParser() {
	}

	/**
	 * Every reading of the lines (usually one; two when a US house number may be written
	 * with a space instead of a hyphen, "94 1234 Kahikina St").
	 * @param stateWords the record's state code and name as single words ("ny", "texas"),
	 * which may designate a state highway ("NY-9", "Texas 249")
	 */
	static List<Street> parse(List<List<String>> lines, Convention convention, Set<String> stateWords) {
		StreetScanner.Result scan = StreetScanner.scan(lines, convention);
		Reading first = new Reading(convention, stateWords, false, true);
		List<Street> readings = new ArrayList<>();
		readings.add(first.read(scan));
		if (first.spacedNumber) {
			readings.add(new Reading(convention, stateWords, true, true).read(scan));
		}
		if (first.letterChoice) {
			readings.add(new Reading(convention, stateWords, false, false).read(scan));
		}
		return readings;
	}

	/** One reading of the scanned lines. */
	private static final class Reading {

		private final Convention convention;

		private final Set<String> stateWords;

		private final boolean joinSpacedNumber;

		private final boolean joinLetter;

		private final List<String> units = new ArrayList<>();

		private final List<String> orderedIds = new ArrayList<>();

		private final List<String> extras = new ArrayList<>();

		private final List<List<String>> extraSegments = new ArrayList<>();

		private final Set<String> types = new TreeSet<>();

		private String number;

		private String highway;

		private String preDirectional;

		private String postDirectional;

		private List<String> name = List.of();

		/**
		 * Where a compound is the custom, the type word as it is written in one (strasse,
		 * straat, gatan).
		 */
		private String compoundType;

		boolean spacedNumber;

		/**
		 * A letter after the number may be its suffix (221 B Baker St) or start the name
		 * (45 O Connell St).
		 */
		boolean letterChoice;

		Reading(Convention convention, Set<String> stateWords, boolean joinSpacedNumber, boolean joinLetter) {
			this.convention = convention;
			this.stateWords = stateWords;
			this.joinSpacedNumber = joinSpacedNumber;
			this.joinLetter = joinLetter;
		}

		Street read(StreetScanner.Result scan) {
			for (String unit : scan.units()) {
				unit(unit);
			}
			List<Segment> segments = splitAtMarkers(scan.segments());
			if (this.convention.leadingPair() == LeadingPair.BLOCK) {
				block(segments);
			}
			else {
				streetAndOthers(segments, scan);
			}
			String route = scan.route();
			List<String> unitList = unitList();
			if (route == null && scan.box() != null && this.name.isEmpty() && this.highway == null
					&& unitList.size() == 1 && unitList.get(0).startsWith("unit:")) {
				route = unitList.get(0); // military "Unit 2050, Box 4190"
				unitList = List.of();
			}
			String highwayKey = (this.highway != null && scan.km() != null) ? this.highway + "@km" + scan.km()
					: this.highway;
			if (highwayKey == null && scan.km() != null) {
				this.name = new ArrayList<>(this.name);
				this.name.add("km" + scan.km()); // "Blvd Kukulcan Km 9.5"
			}
			List<String> words = NameWords.numbersAsDigits(this.name);
			Set<String> names = new TreeSet<>(NameWords.keys(words, false, this.convention.country()));
			names.addAll(NameWords.keys(words, true, this.convention.country()));
			if (this.compoundType != null) {
				List<String> compound = new ArrayList<>(words);
				compound.add(this.compoundType); // "Friedrich Straße" = "Friedrichstraße"
				names.addAll(NameWords.keys(compound, false, this.convention.country()));
			}
			String nameKey = NameWords.keys(words, false, this.convention.country()).get(0);
			List<String> nameWords = words.stream().map(NameWords::canonical).toList();
			return new Street(this.number, unitList, scan.box(), route, highwayKey, nameKey, Set.copyOf(names),
					Set.copyOf(this.types), this.preDirectional, this.postDirectional, List.copyOf(this.extras),
					List.copyOf(this.extraSegments), nameWords);
		}

		private List<String> unitList() {
			List<String> list = new ArrayList<>(this.units);
			if (this.convention.unitsInOrder()) {
				List<String> ids = new ArrayList<>();
				for (String id : this.orderedIds) {
					if (this.convention.country().equals("ES") || this.convention.country().equals("AD")) {
						id = id.replaceFirst("^(\\d+)(?:r|n|t|er|a|o)$", "$1"); // Catalan
																				// 2n 1a =
																				// 2º 1ª
					}
					String side = AddressWords.side(id);
					if (side != null) {
						ids.add(side);
					}
					else {
						ids.addAll(List.of(StreetScanner.canonicalId(id).split("-")));
					}
				}
				ids.removeIf(String::isEmpty);
				if (!ids.isEmpty()) {
					list.add(String.join("-", ids));
				}
			}
			list.sort(null);
			return list;
		}

		private void unit(String unit) {
			if (this.convention.unitsInOrder() && !unit.contains(":")) {
				this.orderedIds.add(unit);
			}
			else if (this.convention.unitsInOrder()) {
				this.orderedIds.add(unit.substring(unit.indexOf(':') + 1));
			}
			else {
				this.units.add(unit);
			}
		}

		private void unitId(String id) {
			unit(this.convention.unitsInOrder() ? id : "unit:" + StreetScanner.canonicalId(id));
		}

		// ---- choosing the street segment

		private void streetAndOthers(List<Segment> segments, StreetScanner.Result scan) {
			int street = -1;
			int best = -1;
			for (int s = 0; s < segments.size(); s++) {
				int score = streetScore(segments.get(s));
				if (score > best) {
					best = score;
					street = s;
				}
			}
			List<String> looseNumbers = new ArrayList<>();
			List<String> directionals = new ArrayList<>();
			for (int s = 0; s < segments.size(); s++) {
				Segment segment = segments.get(s);
				if (s == street) {
					street(segment);
				}
				else if (isLooseNumber(segment)) {
					looseNumbers
						.add(segment.words().isEmpty() ? segment.announcedNumber() : String.join("", segment.words()));
				}
				else if (segment.words().size() == 1 && AddressWords.directional(segment.words().get(0)) != null
						&& s > street && street >= 0) {
					directionals.add(AddressWords.directional(segment.words().get(0))); // "Pennsylvania
																						// Ave.,
																						// N.W."
				}
				else if (isUnitOnly(segment)) {
					if (this.convention.unitsInOrder()) {
						segment.words().forEach(this::unitId);
					}
					else {
						unitId(String.join("", segment.words())); // "5 C" on line 2 =
																	// "5C"
					}
				}
				else {
					other(segment);
				}
			}
			if (this.postDirectional == null && directionals.size() == 1) {
				this.postDirectional = directionals.get(0);
			}
			for (String loose : looseNumbers) {
				Matcher dongHo = HYPHENATED.matcher(loose);
				if (this.convention.country().equals("KR") && this.number != null && dongHo.matches()) {
					this.units.add("bldg:" + StreetScanner.canonicalId(dongHo.group(1))); // Korea's
																							// 101-1203:
					this.units.add("unit:" + StreetScanner.canonicalId(dongHo.group(2))); // 101-dong
																							// 1203-ho
					continue;
				}
				if (this.number == null && street >= 0) {
					leadingNumber(List.of(loose), 0); // "455, rue Sainte-Catherine",
														// "302-1450, rue Sherbrooke"
				}
				else {
					unitId(loose); // "1401 Pennsylvania Ave" + "305"
				}
			}
			if (this.number == null && scan.hashNumber() != null && (this.name.size() > 0 || this.highway != null)) {
				this.number = canonicalNumber(scan.hashNumber()); // "Calle 1 #123": #
																	// announced the
																	// number
				this.units.remove("unit:" + StreetScanner.canonicalId(scan.hashNumber()));
			}
		}

		/**
		 * 3 for a segment with a street type or highway, +1 for a house number in it; -1
		 * for what is no street.
		 */
		private int streetScore(Segment segment) {
			List<String> words = segment.words();
			if (words.isEmpty() || isLooseNumber(segment) || isUnitOnly(segment) || isMarkerLed(words)) {
				return -1;
			}
			int score = 0;
			if (hasStreetType(words) || highwayAt(words, 0) != null || highwayAt(words, 1) != null) {
				score += 3;
			}
			if (segment.announcedNumber() != null || StreetScanner.isNumber(words.get(0))
					|| StreetScanner.isNumber(words.get(words.size() - 1)) || GRID.matcher(words.get(0)).matches()) {
				score += 1;
			}
			if (words.stream().anyMatch(AddressWords::isBuildingWord) && !hasStreetType(words)) {
				score = 0;
			}
			return score;
		}

		private boolean hasStreetType(List<String> words) {
			if (words.size() >= 2 && AddressWords.isPrefixType(words.get(0))) {
				return true;
			}
			for (int i = 1; i < words.size(); i++) {
				if (AddressWords.streetType(words.get(i)) != null) {
					return true;
				}
			}
			return words.stream().anyMatch(this::compound);
		}

		private boolean isLooseNumber(Segment segment) {
			List<String> words = segment.words();
			return (words.isEmpty() && segment.announcedNumber() != null)
					|| (words.size() == 1 && segment.announcedNumber() == null && StreetScanner.isNumber(words.get(0)))
					|| (words.size() == 2 && StreetScanner.isNumber(words.get(0))
							&& LETTER_SUFFIXES.contains(words.get(1))); // "5 bis, rue de
																		// la Paix"
		}

		/**
		 * A segment of ids only: "5C" or "2/1" on line 2, Spain's "3º B", Denmark's "3.
		 * th.".
		 */
		private boolean isUnitOnly(Segment segment) {
			List<String> words = segment.words();
			if (words.isEmpty() || segment.announcedNumber() != null) {
				return false;
			}
			if (words.size() == 1) {
				return StreetScanner.isId(words.get(0)) && !StreetScanner.isNumber(words.get(0))
						&& AddressWords.directional(words.get(0)) == null;
			}
			if (!this.convention.unitsInOrder()) {
				return words.size() == 2 && words.get(0).matches("\\d+") && words.get(1).matches("[a-z]"); // "5
																											// C"
			}
			return words.size() <= 3
					&& words.stream()
						.allMatch((word) -> AddressWords.side(word) != null
								|| (StreetScanner.isId(word) && word.length() <= 5))
					&& words.stream().anyMatch((word) -> word.chars().anyMatch(Character::isDigit));
		}

		/**
		 * "Col. Juárez", "Urb Las Gladiolas"; also "Torre del Mar Condominium" (the
		 * marker after the name).
		 */
		private static boolean isMarkerLed(List<String> words) {
			return AddressWords.isMarker(words.get(0))
					|| (words.size() > 1 && AddressWords.isMarker(words.get(words.size() - 1))
							&& words.stream().noneMatch((w) -> w.chars().anyMatch(Character::isDigit)));
		}

		/**
		 * A segment that is not the street: a building ("302, Sai Apartments") or an
		 * extra (a colonia, a locality).
		 */
		private void other(Segment segment) {
			List<String> words = new ArrayList<>(segment.words());
			if (!isMarkerLed(words) && words.size() >= 2 && StreetScanner.isNumber(words.get(0))
					&& words.stream().anyMatch(AddressWords::isBuildingWord)) {
				unitId(words.remove(0));
			}
			int from = this.extras.size();
			if (segment.announcedNumber() != null) {
				extra(segment.announcedNumber());
			}
			words.forEach(this::extra);
			if (this.extras.size() > from) {
				this.extraSegments.add(List.copyOf(this.extras.subList(from, this.extras.size())));
			}
		}

		private void extra(String word) {
			if (AddressWords.isMarker(word) || NameWords.isParticle(word)
					|| AddressWords.placeSuffixes(this.convention.country()).contains(word)) {
				return;
			}
			for (String part : NameWords.numbersAsDigits(List.of(word))) {
				this.extras.add(PlaceKey.transliterated(NameWords.canonical(part), this.convention.country()));
			}
		}

		/**
		 * Splits "Urb Royal Oak Calle 1 123" and "Carr 2 Km 5.3 Bo Sabana" before the
		 * locality marker.
		 */
		private static List<Segment> splitAtMarkers(List<Segment> segments) {
			List<Segment> out = new ArrayList<>();
			for (Segment segment : segments) {
				List<String> words = segment.words();
				int from = 0;
				String announced = segment.announcedNumber();
				for (int i = 1; i <= words.size(); i++) {
					boolean cut = i == words.size() || (AddressWords.isMarker(words.get(i)) && i + 1 < words.size());
					if (!cut && AddressWords.isMarker(words.get(from)) && i + 1 < words.size() && (AddressWords
						.isPrefixType(words.get(i))
							|| (StreetScanner.isNumber(words.get(i)) && AddressWords.isPrefixType(words.get(i + 1))))) {
						cut = true; // "Urb Royal Oak" | "Calle 1 123"; "Urb Sultana" |
									// "23 Calle Sol"
					}
					if (cut) {
						List<String> part = words.subList(from, i);
						boolean streetPart = !AddressWords.isMarker(part.get(0));
						out.add(new Segment(List.copyOf(part), (streetPart && announced != null) ? announced : null));
						if (streetPart) {
							announced = null;
						}
						from = i;
					}
				}
				if (announced != null) {
					out.add(new Segment(List.of(), announced));
				}
			}
			return out;
		}

		// ---- the street segment

		private void street(Segment segment) {
			List<String> words = compounds(segment.words());
			int i = 0;
			if (this.convention.numberInName() && words.size() > 2
					&& (words.get(0).equals("blk") || words.get(0).equals("block"))
					&& StreetScanner.isNumber(words.get(1))) {
				i = 1; // Singapore's "Blk 123"
			}
			if (segment.announcedNumber() != null) {
				String announced = segment.announcedNumber();
				if (announced.contains("/") && !this.convention.usPostal() && !this.convention.country().equals("IN")) {
					String[] parts = announced.split("/");
					announced = parts[0]; // Turkey's "No: 45/3": number 45, flat 3
					for (int p = 1; p < parts.length; p++) {
						unitId(parts[p]);
					}
				}
				this.number = canonicalNumber(announced);
			}
			else if (i < words.size() && (startsWithNumber(words, i))) {
				i = leadingNumber(words, i);
			}
			String[] highway = highwayAt(words, i);
			if (highway == null && i + 1 < words.size() && AddressWords.directional(words.get(i)) != null
					&& highwayAt(words, i + 1) != null) {
				this.preDirectional = AddressWords.directional(words.get(i)); // "1500 N
																				// US
																				// Highway
																				// 1"
				highway = highwayAt(words, ++i);
			}
			if (highway != null) {
				this.highway = highway[0];
				int end = i + Integer.parseInt(highway[1]);
				end = skipRoadWord(words, end);
				List<String> modifiers = new ArrayList<>();
				while (end < words.size()) {
					String dir = AddressWords.directional(words.get(end));
					if (dir != null && (end == words.size() - 1 || StreetScanner.isId(words.get(end + 1)))) {
						this.postDirectional = dir; // "FM 1960 W", "Hwy 280 South"
					}
					else if (StreetScanner.isId(words.get(end))) {
						break;
					}
					else {
						modifiers.add(words.get(end)); // "US Highway 1 Alt"
					}
					end++;
				}
				if (!modifiers.isEmpty()) {
					this.highway = this.highway + "+" + String.join("+", modifiers);
				}
				trailing(words.subList(end, words.size()), true);
				return;
			}
			List<String> rest = words.subList(i, words.size());
			if (this.number == null) {
				int at = numberAfterName(rest);
				if (at >= 0) {
					afterNumber(rest.get(at), rest.subList(at + 1, rest.size()));
					rest = rest.subList(0, at);
				}
			}
			name(rest);
		}

		private boolean startsWithNumber(List<String> words, int i) {
			String first = words.get(i);
			if (GRID.matcher(first).matches() || StreetScanner.isNumber(first)) {
				return true;
			}
			if (GRID_HALF.matcher(first).matches()) {
				return i == 0 && words.size() > 1; // "N1234 County Hwy K", "W156 N8480
													// Pilgrim Rd"
			}
			// India's "A-12", "B-204": a letter and a number, then the rest
			return first.matches("[a-z]") && i == 0 && words.size() > i + 1 && words.get(i + 1).matches("\\d+")
					&& (words.size() == i + 2 || typeOf(words.get(i + 2)) == null);
		}

		/**
		 * Reads the house number at the start of the street segment; returns the index
		 * after it.
		 */
		private int leadingNumber(List<String> words, int i) {
			String first = words.get(i);
			int next = i + 1;
			if (first.matches("[a-z]") && next < words.size() && words.get(next).matches("\\d+")) {
				this.number = first + "-" + NameWords.stripZeros(words.get(next));
				return next + 1;
			}
			if (GRID.matcher(first).matches()) {
				this.number = first;
				return next;
			}
			if (GRID_HALF.matcher(first).matches()) {
				if (next < words.size() && GRID_HALF.matcher(words.get(next)).matches()) {
					this.number = first + words.get(next); // "W156 N8480" = "W156N8480"
					return next + 1;
				}
				this.number = first;
				return next;
			}
			switch (this.convention.leadingPair()) {
				case JOINED -> {
					Matcher fraction = NUMBER_WITH_FRACTION.matcher(first);
					if (fraction.matches()) {
						this.number = NameWords.stripZeros(fraction.group(1)) + " " + fraction.group(2);
						return next;
					}
					if (first.matches("\\d+(-\\d+)+")) {
						this.number = NameWords.stripZeros(first.replace("-", "")); // Queens
																					// 107-15,
																					// Hawaii
																					// 94-1234
						return next;
					}
					if (next < words.size() && FRACTION.matcher(words.get(next)).matches()) {
						this.number = canonicalNumber(first) + " " + words.get(next); // 123
																						// 1/2
						return next + 1;
					}
					if (next + 1 < words.size() && words.get(next).matches("\\d+") && first.matches("\\d+")) {
						this.spacedNumber = true;
						if (this.joinSpacedNumber) {
							this.number = NameWords.stripZeros(first + words.get(next)); // 94
																							// 1234
																							// =
																							// 94-1234
							return next + 1;
						}
					}
				}
				case UNIT_NUMBER -> {
					Matcher pair = HYPHENATED.matcher(first);
					if (pair.matches()) {
						unitId(pair.group(1)); // Canada's 1205-88 Harbour St
						this.number = canonicalNumber(pair.group(2));
						return next;
					}
					if (next + 1 < words.size() && first.matches("\\d+[a-z]?") && words.get(next).matches("\\d+")
							&& nameFollows(words, next + 1)) {
						unitId(first); // "1205 - 88 Harbour St"
						this.number = canonicalNumber(words.get(next));
						return next + 1;
					}
				}
				case UNIT_SLASH_NUMBER -> {
					Matcher pair = SLASHED.matcher(first);
					if (pair.matches()) {
						unitId(pair.group(1)); // Australia's 5/12 Smith St
						this.number = canonicalNumber(pair.group(2));
						return next;
					}
					if (next + 1 < words.size() && first.matches("\\d+[a-z]?") && words.get(next).matches("\\d+")
							&& nameFollows(words, next + 1)) {
						unitId(first); // "5 / 12 Smith St"
						this.number = canonicalNumber(words.get(next));
						return next + 1;
					}
				}
				case NUMBER_SLASH_FLAT -> {
					Matcher pair = SLASHED.matcher(first);
					if (pair.matches()) {
						if (next < words.size() && StreetScanner.isNumber(words.get(next))) {
							unitId(first); // Glasgow's 2/1 25 Byres Rd: flat 2/1
							this.number = canonicalNumber(words.get(next));
							return next + 1;
						}
						this.number = canonicalNumber(pair.group(1)); // Edinburgh's 12/3:
																		// flat 3 of
																		// number 12
						unitId(pair.group(2));
						return next;
					}
				}
				default -> {
				}
			}
			if (!StreetScanner.isNumber(first)) {
				return i;
			}
			if (first.matches("\\d+[a-z]") && next + 1 < words.size() && words.get(next).matches("\\d+")
					&& nameFollows(words, next + 1)) {
				unitId(first); // the Philippines' "5B 123 Ayala Ave": unit 5B of number
								// 123
				this.number = canonicalNumber(words.get(next));
				return next + 1;
			}
			this.number = canonicalNumber(first);
			return letterSuffix(words, next);
		}

		/**
		 * Whether a street name starts at {@code at}: more than a street type, with or
		 * without a directional.
		 */
		private boolean nameFollows(List<String> words, int at) {
			if (at >= words.size()) {
				return false;
			}
			List<String> rest = words.subList(at, words.size());
			boolean typeOnly = typeOf(rest.get(0)) != null
					&& (rest.size() == 1 || (rest.size() == 2 && AddressWords.directional(rest.get(1)) != null));
			return !typeOnly && AddressWords.directional(rest.get(0)) == null;
		}

		/**
		 * "221 B Baker St" = "221B", "5 bis rue de la Paix" = "5bis"; not "123 B St" (B
		 * Street).
		 */
		private int letterSuffix(List<String> words, int next) {
			if (next < words.size() && LETTER_SUFFIXES.contains(words.get(next))) {
				this.number = this.number + words.get(next);
				return next + 1;
			}
			if (next + 1 < words.size() && words.get(next).matches("[a-z]")
					&& AddressWords.streetType(words.get(next + 1)) == null
					&& AddressWords.directional(words.get(next)) == null && highwayAt(words, next) == null) {
				this.letterChoice = true;
				if (this.joinLetter) {
					this.number = this.number + words.get(next);
					return next + 1;
				}
			}
			return next;
		}

		/**
		 * Where the house number follows the name (Friedrichstraße 43, Calle 60 491,
		 * Herzl 15/4): the last number of the segment that is not itself the name (the 60
		 * of "Calle 60", the 3 of Singapore's "Ave 3").
		 */
		private int numberAfterName(List<String> rest) {
			for (int at = 1; at < rest.size(); at++) {
				String token = rest.get(at);
				if (!StreetScanner.isNumber(token)) {
					continue;
				}
				boolean nameNumber = (at == 1 && AddressWords.isPrefixType(rest.get(0))
						&& (rest.size() == 2 || StreetScanner.isNumber(rest.get(2))
								|| !this.convention.numberThenUnit() && rest.size() > 2))
						|| (at + 1 < rest.size() && !StreetScanner.isId(rest.get(at + 1))
								&& AddressWords.side(rest.get(at + 1)) == null
								&& !LETTER_SUFFIXES.contains(rest.get(at + 1))
								&& !rest.get(at + 1).matches("[ivx]{2,4}")); // "Olympic-ro
																				// 35-gil
																				// 45"
				boolean afterType = AddressWords.streetType(rest.get(at - 1)) != null && this.convention.numberInName();
				if (!nameNumber && !afterType) {
					return at;
				}
			}
			return -1;
		}

		/**
		 * The number after the name, and what follows it: "15/4", "45/3/12", "263 H", "5,
		 * 3º B".
		 */
		private void afterNumber(String token, List<String> after) {
			String number = token;
			if (this.convention.numberThenUnit() || !this.convention.usPostal()) {
				String[] parts = token.split("/");
				if (parts.length > 1 && !this.convention.country().equals("IN")) {
					number = parts[0]; // Herzl 15/4, Marszałkowska 10/15, Rue Neuve 12/3
					for (int p = 1; p < parts.length; p++) {
						unitId(parts[p]);
					}
				}
				else if (this.convention.numberThenUnit() && !this.convention.hashIsNumber()
						&& token.matches("\\d+-\\d+[a-z]?")) {
					number = token.substring(0, token.indexOf('-')); // Kalverstraat 92-3
					unitId(token.substring(token.indexOf('-') + 1));
				}
			}
			this.number = canonicalNumber(number);
			int i = 0;
			if (!after.isEmpty() && (after.get(0).matches("[a-z]") || LETTER_SUFFIXES.contains(after.get(0)))
					&& AddressWords.side(after.get(0)) == null) {
				this.number = this.number + after.get(0); // Prinsengracht 263 H,
															// Mannerheimintie 12 B
				i = 1;
			}
			trailing(after.subList(i, after.size()), false);
		}

		/**
		 * What follows the street: a unit ("2200 Pine St 5C"), or words of a locality
		 * ("25 Yonge Street Toronto").
		 */
		private void trailing(List<String> tokens, boolean numberFirst) {
			int from = this.extras.size();
			for (String token : tokens) {
				if (token.matches("[ivx]{2,4}") && NameWords.canonical(token).matches("\\d+")) {
					unitId(NameWords.canonical(token)); // Amsterdam's 420-III: third
														// floor
				}
				else if (StreetScanner.isId(token) || AddressWords.side(token) != null) {
					unitId(token);
				}
				else {
					extra(token);
				}
			}
			if (this.extras.size() > from) {
				this.extraSegments.add(List.copyOf(this.extras.subList(from, this.extras.size())));
			}
		}

		private void name(List<String> words) {
			List<String> name = new ArrayList<>(words);
			if (name.size() >= 2 && AddressWords.directional(name.get(0)) != null
					&& AddressWords.directional(name.get(1)) == null) {
				this.preDirectional = AddressWords.directional(name.remove(0));
			}
			if (AddressWords.isPrefixType(name.isEmpty() ? "" : name.get(0)) && name.size() >= 2) {
				while (name.size() >= 2 && AddressWords.isPrefixType(name.get(0)) && typeOf(name.get(0)) != null) {
					this.types.add(typeOf(name.remove(0)));
				}
				postDirectional(name);
				this.name = name;
				return;
			}
			postDirectional(name);
			int type = suffixType(name);
			if (type > 0) {
				this.types.add(typeOf(name.get(type)));
				this.compoundType = compoundForm(name.get(type));
				List<String> after = new ArrayList<>(name.subList(type + 1, name.size()));
				name = new ArrayList<>(name.subList(0, type));
				if (name.size() >= 2 && this.postDirectional == null
						&& AddressWords.directional(name.get(name.size() - 1)) != null) {
					this.postDirectional = AddressWords.directional(name.remove(name.size() - 1)); // Zhongxiao
																									// E
																									// Rd
				}
				if (!after.isEmpty() && this.postDirectional == null
						&& AddressWords.directional(after.get(0)) != null) {
					this.postDirectional = AddressWords.directional(after.remove(0));
				}
				if (this.convention.numberInName()) {
					while (!after.isEmpty() && StreetScanner.isNumber(after.get(0))) {
						name.add(after.remove(0)); // Singapore's "Ang Mo Kio Ave 3"
					}
				}
				trailing(after, true);
			}
			this.name = name;
		}

		private void postDirectional(List<String> name) {
			if (name.size() < 2) {
				return;
			}
			String last = name.get(name.size() - 1);
			String dir = AddressWords.directional(last);
			if (FRENCH_DIRECTIONALS.contains(this.convention.country())) {
				dir = switch (last) {
					case "o" -> "w";
					case "est" -> "e";
					default -> dir;
				};
			}
			if (dir != null && AddressWords.directional(name.get(name.size() - 2)) == null) {
				this.postDirectional = dir;
				name.remove(name.size() - 1);
			}
		}

		/**
		 * The index of the suffix type: the first type word after the name's first word,
		 * extended over the type words that follow it when they end the street ("Lake
		 * Shore Dr", "Kensington Gardens Square", "Spring Garden Road"); -1 when there is
		 * none.
		 */
		private int suffixType(List<String> name) {
			for (int k = 1; k < name.size(); k++) {
				if (suffixTypeOf(name.get(k)) == null) {
					continue;
				}
				int end = k;
				while (end + 1 < name.size() && suffixTypeOf(name.get(end + 1)) != null
						&& (end + 2 == name.size() || AddressWords.directional(name.get(end + 2)) != null
								|| StreetScanner.isId(name.get(end + 2)))) {
					end++;
				}
				return end;
			}
			return -1;
		}

		private String typeOf(String word) {
			String type = AddressWords.streetType(word);
			if (type != null && word.length() == 1 && !AddressWords.isPrefixType(word)) {
				return null;
			}
			return type;
		}

		/**
		 * A type written after the name. Where the language puts its types first (Spain's
		 * Gran Vía, Italy's Corso), a word that is a prefix type ends a name; only the
		 * English suffixes follow one (Herzl St).
		 */
		private String suffixTypeOf(String word) {
			String type = typeOf(word);
			if (type != null && !this.convention.typeRequired() && AddressWords.isPrefixType(word)
					&& (!AddressWords.isUspsSuffix(word) || word.equals("via"))) {
				return null;
			}
			return type;
		}

		/**
		 * Hauptstr. = Hauptstraße, Kalverstr. = Kalverstraat: the abbreviated compound
		 * spelled out.
		 */
		private List<String> compounds(List<String> words) {
			if (!COMPOUND_COUNTRIES.contains(this.convention.country())) {
				return words;
			}
			List<String> out = new ArrayList<>(words.size());
			for (String word : words) {
				Matcher abbreviated = ABBREVIATED_COMPOUND.matcher(word);
				boolean dutch = this.convention.country().equals("NL") || this.convention.country().equals("BE");
				out.add(abbreviated.matches() ? abbreviated.group(1) + (dutch ? "straat" : "strasse") : word);
			}
			return out;
		}

		/**
		 * Whether a word is a compound street name (Friedrichstraße, Kalverstraat,
		 * Drottninggatan).
		 */
		private boolean compound(String word) {
			return COMPOUND_COUNTRIES.contains(this.convention.country()) && COMPOUND.matcher(word).matches();
		}

		/**
		 * The type word as it ends a compound: Straße, Str. = strasse; Straat = straat;
		 * Gatan, G. = gatan.
		 */
		private String compoundForm(String typeWord) {
			if (!COMPOUND_COUNTRIES.contains(this.convention.country())) {
				return null;
			}
			boolean dutch = this.convention.country().equals("NL") || this.convention.country().equals("BE");
			return switch (typeWord) {
				case "strasse", "str", "straat" -> dutch ? "straat" : "strasse";
				case "gt" -> "gate";
				default -> typeWord;
			};
		}

		private int skipRoadWord(List<String> words, int at) {
			if (at < words.size() && (words.get(at).equals("rd") || words.get(at).equals("road")
					|| words.get(at).equals("hwy") || words.get(at).equals("highway"))) {
				return at + 1;
			}
			return at;
		}

		/**
		 * A highway designation at {@code at}: [class, length] where class is "state:9",
		 * "us:1", "county:12", "fm:1960", "rm:620", "i:95" or "any:66" (Route 66, Hwy
		 * 280: compatible with a state or US highway).
		 */
		private String[] highwayAt(List<String> words, int at) {
			for (String[] phrase : Highways.PHRASES) {
				List<String> tokens = Highways.tokens(phrase[0]);
				int end = at + tokens.size();
				if (end >= words.size() || !words.subList(at, end).equals(tokens)) {
					continue;
				}
				if (phrase[1].equals("rm") && tokens.get(0).equals("rr") && at == 0) {
					continue; // RR 620 without a house number before it is a rural route
				}
				String id = words.get(end);
				boolean idOk = id.matches("\\d+[a-z]?") || (phrase[1].equals("county") && id.matches("[a-z]{1,2}")
						&& (end + 1 == words.size() || AddressWords.directional(words.get(end + 1)) != null));
				if (idOk) {
					return new String[] { phrase[1] + ":" + NameWords.stripZeros(id),
							String.valueOf(tokens.size() + 1) };
				}
			}
			if (at + 1 < words.size() && this.stateWords.contains(words.get(at))
					&& words.get(at + 1).matches("\\d+[a-z]?") && this.convention.usPostal()) {
				return new String[] { "state:" + NameWords.stripZeros(words.get(at + 1)), "2" }; // NY-9,
																									// Texas
																									// 249
			}
			return null;
		}

		// ---- Japan

		/**
		 * Japan: chome, banchi and go in any order of writing (1-2-3 Shibuya = Shibuya
		 * 1-chome 2-3 = 1 Chome-2-3 Shibuya = 2-3, Shibuya 1-chome); the district is the
		 * first words written, other words are localities.
		 */
		private void block(List<Segment> segments) {
			String chome = null;
			List<String> parts = new ArrayList<>();
			List<String> name = null;
			for (Segment segment : segments) {
				List<String> words = new ArrayList<>();
				List<String> tokens = segment.words();
				for (int i = 0; i < tokens.size(); i++) {
					String word = tokens.get(i);
					if (word.equals("chome") || word.equals("choume")) {
						if (!parts.isEmpty() && chome == null) {
							chome = parts.remove(parts.size() - 1);
						}
						continue;
					}
					if (word.equals("ban") || word.equals("banchi") || word.equals("go") || word.equals("gou")) {
						continue;
					}
					if (word.matches("\\d+(-\\d+)*")) {
						for (String part : word.split("-")) {
							parts.add(NameWords.stripZeros(part));
						}
						boolean chomeNext = i + 1 < tokens.size()
								&& (tokens.get(i + 1).equals("chome") || tokens.get(i + 1).equals("choume"));
						if (chomeNext && word.contains("-") && chome == null) {
							chome = parts.remove(parts.size() - 1);
						}
					}
					else if (!AddressWords.placeSuffixes("JP").contains(word) || words.isEmpty()) {
						words.add(word);
					}
				}
				if (segment.announcedNumber() != null) {
					parts.add(segment.announcedNumber());
				}
				if (words.isEmpty()) {
					continue;
				}
				if (name == null) {
					name = words;
				}
				else {
					other(new Segment(words, null));
				}
			}
			if (chome != null) {
				parts.add(0, chome);
			}
			if (parts.size() >= 4) {
				unitId(parts.remove(parts.size() - 1)); // 3-4-1-1205: room 1205
			}
			this.number = parts.isEmpty() ? null : String.join("-", parts);
			this.name = (name != null) ? name : List.of();
		}

		private static String canonicalNumber(String number) {
			return NameWords.stripZeros(number.toLowerCase(Locale.ROOT));
		}

	}

}
