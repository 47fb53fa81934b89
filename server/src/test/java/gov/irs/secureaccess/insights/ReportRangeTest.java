package gov.irs.secureaccess.insights;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * OUT-1: the report's columns, cut to the chosen range; fiscal years run October to
 * September.
 */
class ReportRangeTest {

	@Test
	void OUT_1_fiscalYearsRunFromOctoberAndTheEndsAreCutToTheRange() {
		ReportRange range = new ReportRange(LocalDate.of(2016, 12, 10), LocalDate.of(2019, 3, 23),
				Granularity.FISCAL_YEAR);
		assertThat(range.periods()).extracting(Period::label).containsExactly("FY2017", "FY2018", "FY2019");
		assertThat(range.periods().get(0).from()).isEqualTo(LocalDate.of(2016, 12, 10));
		assertThat(range.periods().get(1).from()).isEqualTo(LocalDate.of(2017, 10, 1));
		assertThat(range.periods().get(2).until()).isEqualTo(LocalDate.of(2019, 3, 24));
	}

	@Test
	void OUT_1_monthsQuartersWeeksAndDaysHaveTheirOwnHeadings() {
		assertThat(new ReportRange(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 1), Granularity.MONTH).periods())
			.extracting(Period::label)
			.containsExactly("2026-01", "2026-02", "2026-03");
		assertThat(new ReportRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 7, 1), Granularity.QUARTER).periods())
			.extracting(Period::label)
			.containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
		assertThat(new ReportRange(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 10), Granularity.WEEK).periods())
			.extracting(Period::label)
			.containsExactly("2026-W10", "2026-W11");
		assertThat(new ReportRange(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5), Granularity.DAY).periods())
			.extracting(Period::label)
			.containsExactly("2026-03-04", "2026-03-05");
	}

	@Test
	void OUT_1_aRangeOfTooManyColumnsOrBackwardsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new ReportRange(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), Granularity.DAY).periods());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReportRange(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), Granularity.DAY));
	}

}
