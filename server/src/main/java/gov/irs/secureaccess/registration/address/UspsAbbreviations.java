package gov.irs.secureaccess.registration.address;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical forms of address words: USPS Publication 28 street suffixes (Appendix C1, the common ones with their
 * usual variants), directionals, secondary unit designators (Appendix C2), a few name words (Saint/St, Mount/Mt,
 * Fort/Ft), ordinal words (Fifth = 5), and the German "-straße"/"-str." compound. Every word maps to one form, on both
 * sides of a comparison, so a mapping can only merge spellings of the same word.
 */
final class UspsAbbreviations {

	private static final String[] SUFFIXES = { "aly alley allee ally", "anx annex anex annx", "arc arcade",
			"ave avenue av aven avenu avn avnue avenida", "byu bayou", "bch beach", "bnd bend", "blf bluff",
			"btm bottom", "blvd boulevard boul boulv blv", "br branch brnch", "brg bridge brdge", "brk brook",
			"byp bypass bypa bypas byps", "cp camp cmp", "cyn canyon canyn cnyn", "cpe cape", "cswy causeway causwa",
			"ctr center centre centr cnter cntr", "cir circle circ circl crcl crcle", "clf cliff", "clb club",
			"cmn common", "cor corner", "crse course", "ct court crt", "cv cove", "crk creek", "cres crescent crsent crsnt",
			"xing crossing crssng", "dl dale", "dm dam", "dv divide dvd", "dr drive driv drv", "est estate",
			"expy expressway expr express expw", "ext extension extn extnsn", "fls falls", "fry ferry frry",
			"fld field", "flds fields", "frd ford", "frst forest", "frg forge", "frk fork", "ft fort frt",
			"fwy freeway freewy frway frwy", "gdn garden gardn grden grdn", "gdns gardens grdns",
			"gtwy gateway gatewy gatway gtway", "gln glen", "grn green", "grv grove grov",
			"hbr harbor harb harbr hrbor harbour", "hvn haven", "hts heights ht", "hwy highway highwy hiway hiwy hway",
			"hl hill", "hls hills", "holw hollow hllw", "inlt inlet", "is island islnd", "jct junction jctn junctn",
			"ky key", "knl knoll knol", "lk lake", "lks lakes", "lndg landing lndng", "ln lane", "lgt light",
			"mnr manor", "mdw meadow", "mdws meadows medows", "ml mill", "msn mission missn mssn", "mtwy motorway",
			"mt mount mnt", "mtn mountain mntain mntn mountin", "nck neck", "orch orchard orchrd", "ovl oval",
			"park prk", "pkwy parkway parkwy pkway pky", "pl place", "pln plain", "plns plains", "plz plaza plza",
			"pt point", "prt port", "pr prairie prr", "radl radial radiel", "rnch ranch", "rpds rapids", "rst rest",
			"rdg ridge rdge", "riv river rvr rivr", "rd road", "rte route", "shl shoal", "shr shore shoar",
			"skwy skyway", "spg spring spng sprng", "spgs springs spngs sprngs", "sq square sqr sqre squ",
			"sta station statn stn", "strm stream streme", "st street strt str strasse saint", "smt summit sumit",
			"ter terrace terr", "trce trace", "trak track trk", "trl trail", "tunl tunnel tunel tunnl",
			"tpke turnpike trnpk turnpk", "un union", "vly valley vally vlly", "via viaduct vdct viadct", "vw view",
			"vlg village vill villag villg", "vl ville", "vis vista vist vsta", "way wy", "wls wells" };

	private static final String[] DIRECTIONALS = { "n north nord norte", "s south sud sur", "e east oriente",
			"w west ouest poniente", "ne northeast", "nw northwest", "se southeast", "sw southwest" };

	/** Secondary unit designators; "ste" is also Sainte, told apart by what follows (see StreetLineParser). */
	private static final String[] UNITS = { "apt apartment appt appartement app", "ste suite sainte", "unit",
			"fl floor flr", "bldg building bld", "rm room", "flat", "lot", "spc space", "trlr trailer",
			"dept department", "ofc office", "ph penthouse", "bsmt basement", "frnt front", "lbby lobby", "lowr lower",
			"uppr upper", "rear", "side" };

	/** Designators that need no number: "123 Main St Rear" is another dwelling than "123 Main St". */
	private static final Set<String> UNITS_WITHOUT_NUMBER = Set.of("ph", "bsmt", "frnt", "lbby", "lowr", "uppr",
			"rear", "side");

	private static final String[] OTHER = { "jr junior" };

	private static final String[] ORDINALS = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
			"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
			"seventeenth", "eighteenth", "nineteenth", "twentieth" };

	private static final Map<String, String> CANONICAL = new HashMap<>();

	private static final Set<String> SUFFIX_FORMS;

	private static final Set<String> DIRECTIONAL_FORMS = Set.of("n", "s", "e", "w", "ne", "nw", "se", "sw");

	private static final Pattern GLUED_UNIT = Pattern.compile("(apt|ste|suite|unit|fl|bldg|rm|flat|app)(\\d[a-z0-9]*)");

	private static final Pattern GERMAN_STREET = Pattern.compile("(\\p{L}{3,}?)(?:strasse|str)");

	static {
		for (String[] table : List.of(SUFFIXES, DIRECTIONALS, UNITS, OTHER)) {
			for (String row : table) {
				String[] words = row.split(" ");
				for (String word : words) {
					CANONICAL.put(word, words[0]);
				}
			}
		}
		for (int i = 0; i < ORDINALS.length; i++) {
			CANONICAL.put(ORDINALS[i], String.valueOf(i + 1));
		}
		SUFFIX_FORMS = java.util.Arrays.stream(SUFFIXES).map((row) -> row.split(" ")[0])
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	private UspsAbbreviations() {
	}

	/** One folded word (lower case, letters and digits) in its canonical form, as one or two tokens. */
	static List<String> canonical(String word) {
		String mapped = CANONICAL.get(word);
		if (mapped != null) {
			return List.of(mapped);
		}
		Matcher glued = GLUED_UNIT.matcher(word);
		if (glued.matches()) {
			return List.of(CANONICAL.get(glued.group(1)), glued.group(2));
		}
		Matcher german = GERMAN_STREET.matcher(word);
		if (german.matches()) {
			return List.of(german.group(1), "st");
		}
		return List.of(word);
	}

	static boolean isSuffix(String token) {
		return SUFFIX_FORMS.contains(token);
	}

	static boolean isDirectional(String token) {
		return DIRECTIONAL_FORMS.contains(token);
	}

	static boolean isUnitWithoutNumber(String token) {
		return UNITS_WITHOUT_NUMBER.contains(token);
	}

	/** The group a unit designator belongs to ("bldg", "fl", or "unit" for all dwelling units), or null. */
	static String unitGroup(String token) {
		return switch (token) {
			case "bldg", "fl" -> token;
			case "apt", "ste", "unit", "rm", "flat", "lot", "spc", "trlr", "dept", "ofc", "ph", "#" -> "unit";
			default -> null;
		};
	}

}
