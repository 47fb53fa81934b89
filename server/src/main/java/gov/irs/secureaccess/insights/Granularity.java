package gov.irs.secureaccess.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How a report's range is cut into columns. The federal fiscal year runs from October 1
 * to September 30.
 */
public enum Granularity {

	DAY, WEEK, MONTH, QUARTER, FISCAL_YEAR;

	/** The first day of the period holding {@code day}. */
	LocalDate start(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
			case QUARTER -> day.withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
			case FISCAL_YEAR -> LocalDate.of((day.getMonthValue() >= 10) ? day.getYear() : day.getYear() - 1, 10, 1);
		};
	}

	LocalDate next(LocalDate start) {
		return switch (this) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
			case QUARTER -> start.plusMonths(3);
			case FISCAL_YEAR -> start.plusYears(1);
		};
	}

	/**
	 * The column heading: {@code 2026-03-02}, {@code 2026-W10}, {@code 2026-03},
	 * {@code 2026-Q1}, {@code FY2026}.
	 */
	String label(LocalDate start) {
		return switch (this) {
			case DAY -> start.toString();
			case WEEK -> start.get(IsoFields.WEEK_BASED_YEAR) + "-W"
					+ String.format(Locale.ROOT, "%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> start.toString().substring(0, 7);
			case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
			case FISCAL_YEAR -> "FY" + (start.getYear() + 1);
		};
	}

}
