package gov.irs.secureaccess.sources.csv;

import java.util.HashMap;
import java.util.Map;

/**
 * Refuses a second row with the same key, naming the line of the first (never the key,
 * which may be PII).
 */
public final class DuplicateCheck<K> {

	private final Map<K, Long> firstLine = new HashMap<>();

	private final String what;

	public DuplicateCheck(String what) {
		this.what = what;
	}

	public void check(K key, CsvRow row) {
		Long first = this.firstLine.putIfAbsent(key, row.line());
		if (first != null) {
			throw row.fail("duplicate " + this.what + " (same as line " + first + ")");
		}
	}

}
