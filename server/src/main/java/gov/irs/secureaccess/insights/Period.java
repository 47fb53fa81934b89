package gov.irs.secureaccess.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One column of a report: the days {@code from} (inclusive) to {@code until} (exclusive),
 * UTC, and its heading.
 */
public record Period(String label, LocalDate from, LocalDate until) {

	Instant start() {
		return this.from.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	Instant end() {
		return this.until.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
