package gov.irs.secureaccess.simulate;

import java.util.List;
import java.util.Random;

/**
 * Passphrases people choose: five unrelated words and a number, strong by the service's
 * measure (PW-1, PW-2).
 */
final class Passwords {

	private static final List<String> WORDS = List.of("amber", "basil", "cobalt", "dune", "ember", "fjord", "garnet",
			"harbor", "indigo", "juniper", "kestrel", "lantern", "meadow", "nectar", "orchid", "pebble", "quartz",
			"raven", "saffron", "thistle", "umber", "velvet", "willow", "yarrow", "zephyr", "acorn", "bramble",
			"canyon", "drizzle", "falcon", "glacier", "hollow", "island", "jasper", "kelp", "lagoon", "mosaic",
			"nimbus", "otter", "prairie", "quill", "ripple", "sierra", "tundra", "upland", "vortex", "walnut", "yonder",
			"zinnia", "anchor", "beacon", "cinder", "delta", "echo", "fennel", "gravel", "heron");

	private Passwords() {
	}

	static String of(long seed) {
		Random random = new Random(seed * 7919 + 17);
		StringBuilder phrase = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			phrase.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
		}
		return phrase.append(100 + random.nextInt(900)).toString();
	}

	static String eServices(Person person) {
		return of(1_000_000L + person.index);
	}

}
