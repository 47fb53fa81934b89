package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the house number and the units out of the segments of an address's lines; see {@link StreetLine}. */
final class StreetLineParser {

	private static final Pattern NUMBER = Pattern.compile("\\d+[a-z]?|\\d+(?:[-/]\\d+)+");

	private static final Pattern UNIT_ID = Pattern.compile("[a-z0-9-]*\\d[a-z0-9-]*|[a-z]");

	private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th)");

	private static final Set<String> NUMBER_MARKERS = Set.of("no", "num", "numero", "nro");

	/** Words that only announce what follows: "Col. Juárez" is the colonia Juárez. */
	private static final Set<String> SEGMENT_MARKERS = Set.of("col", "colonia");

	private StreetLineParser() {
	}

	static StreetLine parse(List<List<String>> segments) {
		List<String> units = new ArrayList<>();
		List<List<String>> rest = new ArrayList<>();
		for (List<String> segment : segments) {
			List<String> words = withoutUnits(segment, units);
			if (!words.isEmpty()) {
				int last = words.size() - 1;
				words.set(last, switch (words.get(last)) {
					case "o" -> "w"; // Ouest, as Canada Post abbreviates it
					case "est" -> "e";
					default -> words.get(last);
				});
				rest.add(words);
			}
		}
		int[] at = numberPosition(rest);
		String number = null;
		List<String> before = new ArrayList<>();
		List<String> street = new ArrayList<>();
		List<String> after = new ArrayList<>();
		for (int s = 0; s < rest.size(); s++) {
			(s < at[0] ? before : (s == at[0]) ? street : after).addAll(rest.get(s));
		}
		if (at[1] >= 0) {
			number = withoutLeadingZeros(street.remove(at[1]));
			trailingUnit(street, at[1] == 0, units);
		}
		units.sort(null);
		return new StreetLine(number, before, street, after, units);
	}

	/** Removes "Apt 5C", "# 5C", "Suite 200", "Flat 2", "Fl 3" and keeps them in units. */
	private static List<String> withoutUnits(List<String> segment, List<String> units) {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < segment.size(); i++) {
			String token = ordinalAsNumber(segment.get(i));
			String group = UspsAbbreviations.unitGroup(token);
			int next = i + 1;
			if (group != null && next < segment.size() && segment.get(next).equals("#") && !token.equals("#")) {
				next++;
			}
			if (group != null && next < segment.size() && UNIT_ID.matcher(segment.get(next)).matches()) {
				String id = segment.get(next);
				if (id.chars().allMatch(Character::isDigit) && next + 2 == segment.size()
						&& segment.get(next + 1).matches("[a-z]")) {
					id = id + segment.get(++next); // "Apt 5-C", "Apt 5 C"
				}
				units.add(group + ":" + withoutLeadingZeros(id));
				i = next;
			}
			else if (i + 1 < segment.size() && segment.get(i + 1).equals("fl") && NUMBER.matcher(token).matches()) {
				units.add("fl:" + withoutLeadingZeros(token)); // "34th Floor"
				i++;
			}
			else if (i == 0 && SEGMENT_MARKERS.contains(token) && next < segment.size()) {
				continue;
			}
			else if (NUMBER_MARKERS.contains(token) && next < segment.size()
					&& NUMBER.matcher(segment.get(next)).matches()) {
				continue; // "No. 250"
			}
			else if (!token.equals("#")) {
				words.add(token);
			}
		}
		int last = words.size() - 1;
		if (last >= 0 && UspsAbbreviations.isUnitWithoutNumber(words.get(last)) && (last == 0
				|| UspsAbbreviations.isSuffix(words.get(last - 1)) || UspsAbbreviations.isDirectional(words.get(last - 1)))) {
			units.add("unit:" + words.remove(last)); // "Rear" on line 2, "123 Main St Bsmt"
		}
		return words;
	}

	/**
	 * Segment and index of the house number: the first token of a segment when it is a number ("2200 Pine St"), else
	 * the last number ending a segment ("Friedrichstraße 43", "Av. Reforma 250"), else the last number anywhere.
	 */
	private static int[] numberPosition(List<List<String>> segments) {
		for (int s = 0; s < segments.size(); s++) {
			if (isNumber(segments.get(s).get(0))) {
				return new int[] { s, 0 };
			}
		}
		for (int s = segments.size() - 1; s >= 0; s--) {
			List<String> segment = segments.get(s);
			if (isNumber(segment.get(segment.size() - 1))) {
				return new int[] { s, segment.size() - 1 };
			}
		}
		for (int s = segments.size() - 1; s >= 0; s--) {
			for (int i = segments.get(s).size() - 1; i >= 0; i--) {
				if (isNumber(segments.get(s).get(i))) {
					return new int[] { s, i };
				}
			}
		}
		return new int[] { 0, -1 };
	}

	/** "2200 Pine St 5C": an id after the suffix or directional of a number-first street line is a unit. */
	private static void trailingUnit(List<String> street, boolean numberFirst, List<String> units) {
		int last = street.size() - 1;
		if (numberFirst && last >= 1 && street.get(last).chars().anyMatch(Character::isDigit)
				&& (UspsAbbreviations.isSuffix(street.get(last - 1))
						|| UspsAbbreviations.isDirectional(street.get(last - 1)))) {
			units.add("unit:" + withoutLeadingZeros(street.remove(last)));
		}
	}

	/** "5th" = "5" (the word "Fifth" is already "5"). */
	private static String ordinalAsNumber(String token) {
		java.util.regex.Matcher ordinal = ORDINAL.matcher(token);
		return ordinal.matches() ? ordinal.group(1) : token;
	}

	private static boolean isNumber(String token) {
		return NUMBER.matcher(token).matches();
	}

	private static String withoutLeadingZeros(String id) {
		String stripped = id.replaceFirst("^0+(?=\\d)", "");
		return stripped;
	}

}
