package gov.irs.secureaccess.registration.address;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Highway designations as people write them (USPS Publication 28 sec. 234 and its
 * Appendix: STATE ROUTE, STATE HIGHWAY, COUNTY ROAD, FARM TO MARKET, RANCH ROAD,
 * INTERSTATE, US HIGHWAY; Puerto Rico's CARRETERA), each with its class. "Route 9", "Hwy
 * 9" and "Highway 9" name no system ("any"): they match a state or US highway of that
 * number, never a county road or a farm-to-market road.
 */
final class Highways {

	private static final Map<String, List<String>> TOKENS = new HashMap<>();

	/** Phrase and class, longest phrases first. */
	static final List<String[]> PHRASES;

	static {
		String[][] phrases = { { "state route", "state" }, { "state rte", "state" }, { "state rt", "state" },
				{ "st rt", "state" }, { "st rte", "state" }, { "state road", "state" }, { "state rd", "state" },
				{ "state highway", "state" }, { "state hwy", "state" }, { "state hiway", "state" }, { "sr", "state" },
				{ "srt", "state" }, { "sh", "state" }, { "carretera", "state" }, { "carr", "state" },
				{ "ctra", "state" }, { "us highway", "us" }, { "us hwy", "us" }, { "us route", "us" },
				{ "us rte", "us" }, { "us rt", "us" }, { "u s highway", "us" }, { "u s hwy", "us" },
				{ "u s route", "us" }, { "u s", "us" }, { "us", "us" }, { "county road", "county" },
				{ "county rd", "county" }, { "co rd", "county" }, { "cnty rd", "county" }, { "cty rd", "county" },
				{ "c r", "county" }, { "cr", "county" }, { "county highway", "county" }, { "county hwy", "county" },
				{ "co hwy", "county" }, { "cty hwy", "county" }, { "cnty hwy", "county" },
				{ "county trunk highway", "county" }, { "cth", "county" }, { "county route", "county" },
				{ "co rte", "county" }, { "co route", "county" }, { "farm to market road", "fm" },
				{ "farm to market rd", "fm" }, { "farm to market", "fm" }, { "farm road", "fm" }, { "farm rd", "fm" },
				{ "fm road", "fm" }, { "fm rd", "fm" }, { "f m", "fm" }, { "fm", "fm" },
				{ "ranch to market road", "rm" }, { "ranch to market rd", "rm" }, { "ranch to market", "rm" },
				{ "ranch road", "rm" }, { "ranch rd", "rm" }, { "rm road", "rm" }, { "rm", "rm" }, { "r r", "rm" },
				{ "rr", "rm" }, { "interstate highway", "i" }, { "interstate hwy", "i" }, { "interstate", "i" },
				{ "ih", "i" }, { "i", "i" }, { "highway", "any" }, { "hwy", "any" }, { "hiway", "any" },
				{ "hiwy", "any" }, { "hway", "any" }, { "highwy", "any" }, { "route", "any" }, { "rte", "any" },
				{ "rt", "any" } };
		PHRASES = Arrays.stream(phrases)
			.sorted(Comparator.comparingInt((String[] p) -> p[0].split(" ").length).reversed())
			.toList();
		for (String[] phrase : phrases) {
			TOKENS.put(phrase[0], List.of(phrase[0].split(" ")));
		}
	}

	private Highways() {
	}

	static List<String> tokens(String phrase) {
		return TOKENS.get(phrase);
	}

	/** Whether two highway keys ("state:9", "any:9@km5.3") name the same road. */
	static boolean same(String a, String b) {
		if (a == null || b == null) {
			return a == b;
		}
		String[] left = a.split(":", 2);
		String[] right = b.split(":", 2);
		if (!left[1].equals(right[1])) {
			return false;
		}
		return left[0].equals(right[0]) || (left[0].equals("any") && generic(right[0]))
				|| (right[0].equals("any") && generic(left[0]));
	}

	private static boolean generic(String kind) {
		return kind.equals("state") || kind.equals("us") || kind.equals("any");
	}

}
