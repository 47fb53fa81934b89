package gov.irs.secureaccess.insights;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OUT-1: small-count suppression, so no group in a report is small enough to single a
 * person out.
 */
class SuppressionTest {

	private final Suppression shown = new Suppression(10);

	@Test
	void OUT_1_countsFrom1To9AreHiddenAndZeroAndTenAreShown() {
		assertThat(this.shown.count(0)).isEqualTo("0");
		assertThat(this.shown.count(1)).isEqualTo("<10");
		assertThat(this.shown.count(9)).isEqualTo("<10");
		assertThat(this.shown.count(10)).isEqualTo("10");
		assertThat(this.shown.count(12345)).isEqualTo("12345");
	}

	@Test
	void OUT_1_aRateIsShownWithOneDecimalOnlyWhenBothItsCountsAreShown() {
		assertThat(this.shown.rate(new Outcome(300, 100), Locale.ENGLISH)).isEqualTo("33.3%");
		assertThat(this.shown.rate(new Outcome(300, 100), Locale.forLanguageTag("es"))).isEqualTo("33,3 %");
		assertThat(this.shown.rate(new Outcome(12, 0), Locale.ENGLISH)).isEqualTo("0.0%");
		assertThat(this.shown.rate(new Outcome(12, 3), Locale.ENGLISH)).as("3 of 12").isEqualTo("*");
		assertThat(this.shown.rate(new Outcome(5, 5), Locale.ENGLISH)).as("5 of 5").isEqualTo("*");
		assertThat(this.shown.rate(new Outcome(0, 0), Locale.ENGLISH)).isEqualTo("–");
		assertThat(this.shown.rateValue(new Outcome(12, 3))).isNegative();
		assertThat(this.shown.rateValue(new Outcome(40, 10))).isEqualTo(25.0);
	}

	@Test
	void OUT_1_whenOneReasonIsHiddenUnderAShownTotal_thenTheNextSmallestIsHiddenToo() {
		StepRow step = new StepRow("registration", "identity", 80, 40, 40, 0,
				List.of(new StepRow.Reason("a", 25), new StepRow.Reason("b", 12), new StepRow.Reason("c", 3)));
		// 40 - 25 - 12 would give 3 away: 12 is hidden as well.
		assertThat(this.shown.reasons(step)).containsExactly("25", "*", "<10");

		StepRow twoSmall = new StepRow("registration", "identity", 80, 40, 40, 0,
				List.of(new StepRow.Reason("a", 32), new StepRow.Reason("b", 5), new StepRow.Reason("c", 3)));
		assertThat(this.shown.reasons(twoSmall)).containsExactly("32", "<10", "<10");

		StepRow allShown = new StepRow("registration", "identity", 80, 40, 40, 0,
				List.of(new StepRow.Reason("a", 30), new StepRow.Reason("b", 10)));
		assertThat(this.shown.reasons(allShown)).containsExactly("30", "10");
	}

	@Test
	void OUT_1_theMinimumIsASetting() {
		Suppression five = new Suppression(5);
		assertThat(five.count(4)).isEqualTo("<5");
		assertThat(five.count(5)).isEqualTo("5");
	}

}
