package gov.irs.secureaccess.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The range a report covers, {@code from} to {@code to} (both days included, UTC), cut
 * into periods by a {@link Granularity}. The first and last periods are cut to the range,
 * so no event outside it is counted.
 */
public record ReportRange(LocalDate from, LocalDate to, Granularity by) {

	/**
	 * Columns a report may have: enough for three years by month, or a quarter by week.
	 */
	public static final int MAX_PERIODS = 40;

	public ReportRange {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("to is before from");
		}
	}

	public List<Period> periods() {
		List<Period> periods = new ArrayList<>();
		LocalDate end = this.to.plusDays(1);
		for (LocalDate start = this.by.start(this.from); start.isBefore(end); start = this.by.next(start)) {
			LocalDate from = start.isBefore(this.from) ? this.from : start;
			LocalDate until = this.by.next(start).isAfter(end) ? end : this.by.next(start);
			periods.add(new Period(this.by.label(start), from, until));
			if (periods.size() > MAX_PERIODS) {
				throw new IllegalArgumentException("too many periods");
			}
		}
		return periods;
	}

}
