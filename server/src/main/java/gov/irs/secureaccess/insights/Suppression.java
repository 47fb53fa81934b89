package gov.irs.secureaccess.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small-count suppression (OUT-1): a count from 1 to {@code minimum - 1} (default 9)
 * could single a person out, so it is shown as {@code <10}, and a rate built on such a
 * count is not shown. Where a total is shown beside its parts (failed attempts and their
 * reasons), one hidden part could be worked out by subtraction: the next smallest part is
 * hidden too. Zero is shown: it describes nobody.
 */
public final class Suppression {

	/** What a rate shows when its count is hidden. */
	public static final String HIDDEN_RATE = "*";

	/** What a rate shows when nobody started. */
	public static final String NO_RATE = "–";

	private final int minimum;

	public Suppression(int minimum) {
		if (minimum < 1) {
			throw new IllegalArgumentException("minimum must be at least 1");
		}
		this.minimum = minimum;
	}

	public int minimum() {
		return this.minimum;
	}

	public boolean hides(long count) {
		return count > 0 && count < this.minimum;
	}

	public String count(long count) {
		return hides(count) ? "<" + this.minimum : Long.toString(count);
	}

	/**
	 * {@code completed / started} as a percentage with one decimal ({@code 33.3%},
	 * {@code 33,3 %} in Spanish).
	 */
	public String rate(Outcome outcome, Locale locale) {
		if (outcome.started() == 0) {
			return NO_RATE;
		}
		if (hides(outcome.started()) || hides(outcome.completed())) {
			return HIDDEN_RATE;
		}
		return percent(outcome, locale);
	}

	static String percent(Outcome outcome, Locale locale) {
		double rate = 100.0 * outcome.completed() / outcome.started();
		String number = String.format(locale, "%.1f", rate);
		return "es".equals(locale.getLanguage()) ? number + " %" : number + "%";
	}

	/** The rate as a number for charts, or -1 when it is not shown. */
	public double rateValue(Outcome outcome) {
		if (outcome.started() == 0 || hides(outcome.started()) || hides(outcome.completed())) {
			return -1;
		}
		return 100.0 * outcome.completed() / outcome.started();
	}

	/**
	 * The shown counts of a step's failure reasons, in order, with the complementary
	 * suppression described above.
	 */
	public List<String> reasons(StepRow step) {
		List<StepRow.Reason> reasons = step.reasons();
		boolean[] hidden = new boolean[reasons.size()];
		int hiddenCount = 0;
		for (int i = 0; i < reasons.size(); i++) {
			hidden[i] = hides(reasons.get(i).count());
			if (hidden[i]) {
				hiddenCount++;
			}
		}
		if (hiddenCount == 1 && !hides(step.failed())) {
			int smallest = -1;
			for (int i = 0; i < reasons.size(); i++) {
				if (!hidden[i] && reasons.get(i).count() > 0
						&& (smallest < 0 || reasons.get(i).count() <= reasons.get(smallest).count())) {
					smallest = i;
				}
			}
			if (smallest >= 0) {
				hidden[smallest] = true;
			}
		}
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < reasons.size(); i++) {
			long count = reasons.get(i).count();
			if (!hidden[i]) {
				shown.add(Long.toString(count));
			}
			else {
				shown.add(hides(count) ? "<" + this.minimum : "*");
			}
		}
		return shown;
	}

}
