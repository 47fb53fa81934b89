package gov.irs.secureaccess.taxapps.tinmatching;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a finished bulk job found: how many requests got each indicator (by its number),
 * and the bad lines by number and reason (the first {@value #MAX_LISTED};
 * {@code badLineCount} counts them all). No TIN, no name.
 */
public record BulkSummary(Map<Integer, Integer> counts, int badLineCount, List<BulkFile.BadLine> badLines) {

	public static final int MAX_LISTED = 100;

	public BulkSummary {
		counts = Collections.unmodifiableMap(new TreeMap<>(counts));
		badLines = List.copyOf(badLines);
	}

}
