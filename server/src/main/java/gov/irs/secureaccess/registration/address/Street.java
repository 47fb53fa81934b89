package gov.irs.secureaccess.registration.address;

import java.util.List;
import java.util.Set;

/**
 * The street part of an address as {@link StreetParser} read it from the lines.
 *
 * @param number the house number in canonical form (null when there is none)
 * @param units the secondary units: "group:id" sorted, or, where a country writes floor
 * and door in order, the ids in order
 * @param box the post office box number (PO Box, the box of a rural route, Postfach,
 * Apartado)
 * @param route a rural route, highway contract or military route ("rr:2", "hc:68",
 * "psc:802")
 * @param highway the highway the address is on ("state:9", "county:12", "any:66"), with
 * its kilometre marker
 * @param name the street name's words run together ("delacruz")
 * @param names every key the name may be compared by: with and without its articles and
 * particles ("delacruz", "cruz"), St read as Saint and as Sainte
 * @param types the street types (USPS standard abbreviations or classes of their own)
 * @param preDirectional directional before the name, postDirectional after it
 * @param extras the other words of the lines (a building name, a colonia, a locality),
 * each canonical
 * @param extraSegments the same, line segment by line segment
 * @param nameWords the words of the name, canonical (to compare a street the record lacks
 * with its extras)
 */
record Street(String number, List<String> units, String box, String route, String highway, String name,
		Set<String> names, Set<String> types, String preDirectional, String postDirectional, List<String> extras,
		List<List<String>> extraSegments, List<String> nameWords) {

	boolean hasName() {
		return !this.name.isEmpty() || this.highway != null;
	}

	/** Whether the lines hold no street at all (only units, a building or localities). */
	boolean noStreet() {
		return this.name.isEmpty() && this.number == null && this.highway == null && this.box == null
				&& this.route == null;
	}

	/** The directionals and the name as one word: "North Shore" = "Northshore". */
	String nameWithDirectionals() {
		return word(this.preDirectional) + this.name + word(this.postDirectional);
	}

	private static String word(String directional) {
		if (directional == null) {
			return "";
		}
		return switch (directional) {
			case "n" -> "north";
			case "s" -> "south";
			case "e" -> "east";
			case "w" -> "west";
			case "ne" -> "northeast";
			case "nw" -> "northwest";
			case "se" -> "southeast";
			case "sw" -> "southwest";
			default -> directional;
		};
	}

}
