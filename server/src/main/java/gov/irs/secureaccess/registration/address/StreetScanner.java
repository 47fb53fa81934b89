package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First reading of an address's lines: takes out what is written the same way wherever it
 * stands (secondary units, post office boxes, rural routes, highway contracts, military
 * routes, kilometre markers, a number announced by "No." or "#"), and leaves the other
 * words of each segment, in order, for {@link StreetParser}.
 */
final class StreetScanner {

	/**
	 * A segment's remaining words and the house number announced in it ("No. 250",
	 * "#491"), if any.
	 */
	record Segment(List<String> words, String announcedNumber) {
	}

	/**
	 * What a scan found. Units are "group:id" (or bare ids in order, for countries that
	 * write floor and door so).
	 */
	record Result(List<Segment> segments, List<String> units, String box, String route, String km, String hashNumber) {
	}

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:[-/.]\\d+)*[a-z]{0,2}|\\d+(?:bis|ter|quater)");

	// Possessive: the same words as "[a-z]?\\d+(?:[-/]?[a-z0-9]+)*|..." (only matches()
	// is asked), but without its repetition of a repetition, which took seconds on a long
	// failing word (FindSecBugs REDOS).
	private static final Pattern ID = Pattern.compile("[a-z]?\\d++(?:[-/]?+[a-z0-9]++)*+|[a-z]|[a-z]\\d*+[-/]\\d++");

	/**
	 * RR2, HC68, PSC802, SR9, CR12, FM1960, US1, I95: a route or highway written as one
	 * word.
	 */
	private static final Pattern GLUED_ROUTE = Pattern
		.compile("(rr|hc|hcr|psc|cmr|sr|cr|sh|fm|rm|us|hwy|rte|rt|ih|i|km)(\\d+(?:\\.\\d+)?[a-z]?)");

	/** Apt5C, Ste200, U5/12, Box45, No5: a designator and its id written as one word. */
	private static final Pattern GLUED_UNIT = Pattern.compile(
			"(apt|ste|suite|unit|fl|bldg|rm|flat|app|apto|depto|dpto|int|lgh|no|nr|u|lot|spc|bx|box|pob|blk|lvl|pmb)(\\d[a-z0-9/-]*)");

	/** 101dong, 1203ho, 3rdfl: an id and the designator that follows it as one word. */
	private static final Pattern GLUED_AFTER = Pattern.compile("(\\d+[a-z]?)(dong|ho|fl|floor)");

	private static final List<List<String>> RURAL_ROUTES = phrases("rural route", "rural rte", "rural rt",
			"rural delivery", "rfd route", "rfd", "rr", "r r", "rural", "r d");

	/**
	 * "Route 2 Box 45" is a rural route (Pub 28 sec. 241); "Route 9" alone is a highway.
	 */
	private static final List<List<String>> ROUTES_WITH_BOX = phrases("route", "rte", "rt", "rd");

	private static final List<List<String>> HIGHWAY_CONTRACTS = phrases("highway contract route", "highway contract",
			"hwy contract route", "hwy contract", "hwy cont", "star route", "star rte", "hcr", "hc", "h c r", "h c");

	private static final List<List<String>> MILITARY = phrases("psc", "cmr");

	private static final List<List<String>> KILOMETRES = phrases("km", "k m", "kilometro", "kilometre", "kilometer",
			"kms");

	private StreetScanner() {
	}

	static Result scan(List<List<String>> lines, Convention convention) {
		Scan scan = new Scan(convention);
		for (List<String> line : lines) {
			scan.segment(split(line, convention));
		}
		return scan.result();
	}

	/** Where "9F" is the ninth floor (East Asia), not flat 9F. */
	private static final Set<String> FLOOR_F = Set.of("TW", "CN", "HK", "MO", "JP", "KR");

	static boolean isNumber(String token) {
		return NUMBER.matcher(token).matches() && !NameWords.isOrdinal(token);
	}

	static boolean isId(String token) {
		return ID.matcher(token).matches() && !NameWords.isOrdinal(token);
	}

	/**
	 * An id in canonical form: runs of digits and letters, leading zeros dropped ("05-67"
	 * = "5-67", "5C" = "5-c").
	 */
	static String canonicalId(String id) {
		List<String> runs = new ArrayList<>();
		Matcher run = Pattern.compile("\\d+|[a-z]+").matcher(id);
		while (run.find()) {
			runs.add(Character.isDigit(run.group().charAt(0)) ? NameWords.stripZeros(run.group()) : run.group());
		}
		return String.join("-", runs);
	}

	private static boolean startsHighway(List<String> tokens, int at) {
		for (String[] phrase : Highways.PHRASES) {
			List<String> words = Highways.tokens(phrase[0]);
			if (at + words.size() < tokens.size() && tokens.subList(at, at + words.size()).equals(words)
					&& tokens.get(at + words.size()).matches("\\d+[a-z]?")) {
				return true;
			}
		}
		return false;
	}

	private static List<String> split(List<String> tokens, Convention convention) {
		List<String> out = new ArrayList<>(tokens.size() + 2);
		List<String> words = NameWords.numbersAsDigits(tokens);
		for (int t = 0; t < words.size(); t++) {
			String token = words.get(t);
			if ((token.equals("sec") || token.equals("section") || token.equals("duan")) && t + 1 < words.size()
					&& words.get(t + 1).matches("\\d+")) {
				out.add("sec" + words.get(++t)); // Taiwan's "Sec. 5" of a road is part of
													// its name
				continue;
			}
			if (FLOOR_F.contains(convention.country()) && token.matches("\\d+f")) {
				out.add(token.substring(0, token.length() - 1));
				out.add("fl"); // Taipei's "9F"
				continue;
			}
			Matcher route = GLUED_ROUTE.matcher(token);
			Matcher unit = GLUED_UNIT.matcher(token);
			Matcher after = GLUED_AFTER.matcher(token);
			if (route.matches()) {
				out.add(route.group(1));
				out.add(route.group(2));
			}
			else if (unit.matches()) {
				out.add(unit.group(1));
				out.add(unit.group(2));
			}
			else if (after.matches() && !NameWords.isOrdinal(token)) {
				out.add(after.group(1));
				out.add(after.group(2));
			}
			else {
				out.add(token);
			}
		}
		return out;
	}

	private static List<List<String>> phrases(String... phrases) {
		List<List<String>> list = new ArrayList<>();
		for (String phrase : phrases) {
			list.add(List.of(phrase.split(" ")));
		}
		list.sort((a, b) -> b.size() - a.size());
		return list;
	}

	private static int phraseAt(List<List<String>> phrases, List<String> tokens, int at) {
		for (List<String> phrase : phrases) {
			if (at + phrase.size() <= tokens.size() && tokens.subList(at, at + phrase.size()).equals(phrase)) {
				return phrase.size();
			}
		}
		return 0;
	}

	private static final class Scan {

		private final Convention convention;

		private final List<Segment> segments = new ArrayList<>();

		private final List<String> units = new ArrayList<>();

		private String box;

		private String route;

		private String km;

		private String hashNumber;

		Scan(Convention convention) {
			this.convention = convention;
		}

		Result result() {
			return new Result(this.segments, this.units, this.box, this.route, this.km, this.hashNumber);
		}

		void segment(List<String> tokens) {
			List<String> words = new ArrayList<>();
			String announced = null;
			int protectedUntil = highwayAfterNumber(tokens);
			int i = 0;
			while (i < tokens.size()) {
				if (i < protectedUntil) {
					words.add(tokens.get(i++)); // "12345 F M 529": a highway, not a unit
												// M 529
					continue;
				}
				int used = route(tokens, i, words.isEmpty());
				if (used == 0) {
					used = box(tokens, i);
				}
				if (used == 0) {
					used = kilometre(tokens, i);
				}
				if (used == 0) {
					used = unit(tokens, i, words);
				}
				if (used == 0 && announced == null) {
					int marker = AddressWords.numberMarker(tokens, i);
					if (marker == 0 && tokens.get(i).equals("#") && this.convention.hashIsNumber()) {
						marker = 1;
					}
					if (marker == 0 && tokens.get(i).equals("n") && !this.convention.usPostal()
							&& !this.convention.country().equals("CA")) {
						marker = 1; // Italy's "n. 15"
					}
					if (marker > 0 && i + marker + 1 < tokens.size() && tokens.get(i + marker).matches("[a-z]")
							&& tokens.get(i + marker + 1).matches("\\d+")) {
						announced = tokens.get(i + marker) + "-" + tokens.get(i + marker + 1); // "House
																								// A-12"
						i += marker + 2;
						continue;
					}
					if (marker > 0 && i + marker < tokens.size() && isNumber(tokens.get(i + marker))) {
						boolean afterType = !words.isEmpty()
								&& AddressWords.streetType(words.get(words.size() - 1)) != null
								&& !this.convention.hashIsNumber();
						if (afterType) {
							words.add(tokens.get(i + marker)); // "Road No. 36" is the
																// name of the road
						}
						else {
							announced = number(tokens, i + marker);
						}
						used = marker + announcedLength(tokens, i + marker);
					}
				}
				if (used == 0) {
					words.add(tokens.get(i));
					used = 1;
				}
				i += used;
			}
			if (!words.isEmpty() || announced != null) {
				this.segments.add(new Segment(words, announced));
			}
		}

		/**
		 * The end of a highway designation that follows the house number ("2100 RM 620
		 * N"), or 0.
		 */
		private int highwayAfterNumber(List<String> tokens) {
			if (tokens.isEmpty() || !isNumber(tokens.get(0)) || !this.convention.usPostal()) {
				return 0;
			}
			int at = (tokens.size() > 1 && AddressWords.directional(tokens.get(1)) != null) ? 2 : 1;
			for (String[] phrase : Highways.PHRASES) {
				List<String> words = Highways.tokens(phrase[0]);
				if (at + words.size() < tokens.size() && tokens.subList(at, at + words.size()).equals(words)
						&& tokens.get(at + words.size()).matches("\\d+[a-z]?")) {
					return at + words.size() + 1;
				}
			}
			return 0;
		}

		/** "# 71 - 21" (Colombia) is one number; elsewhere the number is one token. */
		private int announcedLength(List<String> tokens, int at) {
			int length = 1;
			while (this.convention.hashIsNumber() && at + length < tokens.size() && isNumber(tokens.get(at + length))
					&& !tokens.get(at + length).contains("-")) {
				length++;
			}
			return length;
		}

		private String number(List<String> tokens, int at) {
			return String.join("-", tokens.subList(at, at + announcedLength(tokens, at)));
		}

		private int route(List<String> tokens, int at, boolean startOfSegment) {
			int phrase = startOfSegment ? phraseAt(RURAL_ROUTES, tokens, at) : 0;
			String kind = "rr";
			if (phrase == 0 && startOfSegment) {
				phrase = phraseAt(HIGHWAY_CONTRACTS, tokens, at);
				kind = "hc";
			}
			if (phrase == 0 && startOfSegment) {
				phrase = phraseAt(MILITARY, tokens, at);
				kind = tokens.get(at);
			}
			boolean needsBox = false;
			if (phrase == 0 && startOfSegment) {
				phrase = phraseAt(ROUTES_WITH_BOX, tokens, at);
				kind = "rr";
				if (phrase == 0 && tokens.get(at).equals("unit")) {
					phrase = 1;
					kind = "unit";
				}
				needsBox = true;
			}
			if (phrase == 0) {
				return 0;
			}
			int i = at + phrase;
			if (i < tokens.size() && (tokens.get(i).equals("#") || tokens.get(i).equals("no"))) {
				i++;
			}
			if (i >= tokens.size() || !isNumber(tokens.get(i))) {
				return 0;
			}
			String number = canonicalId(tokens.get(i));
			i++;
			int box = (i < tokens.size()) ? boxAt(tokens, i) : 0;
			if (needsBox && box == 0) {
				return 0;
			}
			this.route = (kind.equals("unit") ? "unit" : kind) + ":" + number;
			return i - at + box;
		}

		/**
		 * "Box 45", "PO Box #12", "Postfach 1234", "Apartado 9023456"; also the box of a
		 * rural route.
		 */
		private int box(List<String> tokens, int at) {
			return boxAt(tokens, at);
		}

		private int boxAt(List<String> tokens, int at) {
			int phrase = AddressWords.boxPhrase(tokens, at);
			if (phrase == 0 && tokens.get(at).equals("#") && this.route != null) {
				phrase = 1;
			}
			if (phrase == 0) {
				return 0;
			}
			int i = at + phrase;
			while (i < tokens.size() && (tokens.get(i).equals("#") || tokens.get(i).equals("no")
					|| tokens.get(i).equals("number") || tokens.get(i).equals("num"))) {
				i++;
			}
			if (i >= tokens.size() || !isId(tokens.get(i)) || !tokens.get(i).chars().anyMatch(Character::isDigit)) {
				return 0;
			}
			String id = tokens.get(i);
			if (i + 1 < tokens.size() && tokens.get(i + 1).matches("[a-z]")
					&& id.chars().allMatch(Character::isDigit)) {
				id = id + tokens.get(++i); // "Box 12 A"
			}
			this.box = canonicalId(id).replace("-", "");
			return i + 1 - at;
		}

		private int kilometre(List<String> tokens, int at) {
			int phrase = phraseAt(KILOMETRES, tokens, at);
			if (phrase == 0 || at + phrase >= tokens.size() || !isNumber(tokens.get(at + phrase))) {
				return 0;
			}
			this.km = tokens.get(at + phrase).replace(',', '.');
			return phrase + 1;
		}

		/**
		 * "Apt 5C", "# 5C", "Suite No. 200", "Flat 2/1", "Fl 3", "3rd Floor", "101-dong",
		 * "Piso 3 Puerta B", and designators that need no number at the end of a segment
		 * ("Rear").
		 */
		private int unit(List<String> tokens, int at, List<String> wordsSoFar) {
			String token = tokens.get(at);
			if (this.convention.country().equals("PT") && AddressWords.side(token) != null) {
				return 0; // Portugal's "3º Dto": Direito, the flat on the right
			}
			String group = AddressWords.unitGroup(token);
			boolean slashNumber = this.convention.leadingPair() == Convention.LeadingPair.UNIT_SLASH_NUMBER;
			if (group == null && token.equals("u") && slashNumber) {
				group = "unit"; // Australia's U5/12
			}
			int designator = 1;
			if (group == null && at + 1 < tokens.size()) {
				group = AddressWords.unitGroup(token + " " + tokens.get(at + 1));
				designator = 2;
			}
			if (group == null) {
				designator = 1;
				return after(tokens, at);
			}
			if (wordsSoFar.size() == 1 && isNumber(wordsSoFar.get(0)) && startsHighway(tokens, at)) {
				return 0; // "2100 RM 620": Ranch to Market road 620, not room 620
			}
			int i = at + designator;
			boolean hash = token.equals("#");
			while (i < tokens.size()
					&& (tokens.get(i).equals("#") || tokens.get(i).equals("no") || tokens.get(i).equals("nr")
							|| tokens.get(i).equals("number") || tokens.get(i).equals("num"))
					&& i + 1 < tokens.size()) {
				i++;
			}
			if (i < tokens.size() && roman(tokens.get(i)) != null) {
				addUnit(group, roman(tokens.get(i))); // "Phase II"
				return i + 1 - at;
			}
			if (i < tokens.size() && isUnitId(tokens.get(i))) {
				String id = tokens.get(i);
				int used = i + 1 - at;
				if (hash && this.convention.hashIsNumber() && isNumber(id)) {
					return 0; // "# 71-21": the house number, read as an announced number
								// by the caller
				}
				if (id.matches("[a-z]") && i + 1 < tokens.size() && tokens.get(i + 1).matches("\\d+")) {
					id = id + "-" + tokens.get(i + 1); // "Flat B-204"
					used++;
				}
				if (id.chars().allMatch(Character::isDigit) && i + 1 < tokens.size()
						&& tokens.get(i + 1).matches("[a-z]")
						&& (i + 2 == tokens.size() || AddressWords.unitGroup(tokens.get(i + 2)) != null)) {
					id = id + tokens.get(i + 1); // "Apt 5 C", "Apt 5-C"
					used++;
				}
				if (hash && id.chars().allMatch(Character::isDigit)) {
					if (this.convention.hashIsNumber()) {
						return 0; // "#491": the house number, read as an announced number
									// by the caller
					}
					if (this.hashNumber == null) {
						this.hashNumber = id; // may turn out to be the house number
												// (Calle 1 #123)
					}
				}
				if (group.equals("blk") && wordsSoFar.isEmpty() && this.convention.numberInName() && at == 0) {
					return 0; // Singapore: "Blk 123 Ang Mo Kio Ave 3" — the block is the
								// house number
				}
				Matcher slash = Pattern.compile("(\\d+[a-z]?)/(\\d+[a-z]?(?:-\\d+[a-z]?)?)").matcher(id);
				if (slashNumber && slash.matches()) {
					addUnit(group, slash.group(1)); // "Unit 5/12 Smith St": unit 5 of
													// number 12
					wordsSoFar.add(slash.group(2));
					return used;
				}
				addUnit(group, id);
				return used;
			}
			boolean lastOfSegment = at + designator == tokens.size();
			if (AddressWords.unitWithoutNumber(token) && lastOfSegment
					&& (at > 0 || !wordsSoFar.isEmpty() || tokens.size() == 1)) {
				addUnit("unit", AddressWords.unitDesignator(token)); // "Rear", "Basement"
																		// = "Bsmt"
				return designator;
			}
			return after(tokens, at);
		}

		/**
		 * "34th Floor", "3. Stock", "2º andar", "101-dong 1203-ho": the id before its
		 * designator.
		 */
		private int after(List<String> tokens, int at) {
			if (at + 1 >= tokens.size() || !AddressWords.designatorAfter(tokens.get(at + 1)) || (at + 2 < tokens.size()
					&& (AddressWords.streetType(tokens.get(at + 2)) != null || (isId(tokens.get(at + 2))
							&& (at + 3 >= tokens.size() || !AddressWords.designatorAfter(tokens.get(at + 3))))))) {
				return 0; // "1234 Piso 5": Piso announces the 5 (but "101-dong 1203-ho")
			}
			String id = NameWords.canonical(tokens.get(at)); // "Third Floor" = "3rd
																// Floor"
			Matcher ordinal = Pattern.compile("(\\d+)(?:st|nd|rd|th|er|e|eme|o|a)?").matcher(id);
			if (!ordinal.matches()) {
				return 0;
			}
			String designator = tokens.get(at + 1);
			String group = switch (designator) {
				case "dong" -> "bldg";
				case "ho" -> "unit";
				default -> "fl";
			};
			addUnit(group, ordinal.group(1));
			return 2;
		}

		private static String roman(String token) {
			String canonical = NameWords.canonical(token);
			return (!canonical.equals(token) && canonical.matches("\\d+") && token.matches("[ivx]+")) ? canonical
					: null;
		}

		private boolean isUnitId(String token) {
			return isId(token) || AddressWords.side(token) != null;
		}

		private void addUnit(String group, String id) {
			if (this.convention.unitsInOrder()) {
				this.units.add(id);
			}
			else {
				this.units.add(group + ":" + canonicalId(id));
			}
		}

	}

}
