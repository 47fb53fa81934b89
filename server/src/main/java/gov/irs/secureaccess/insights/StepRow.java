package gov.irs.secureaccess.insights;

import java.util.List;

/**
 * One step of one journey over a report's range: how often it was started, passed, failed
 * (attempts, by reason code) and abandoned (the journey expired there).
 */
public record StepRow(String journey, String step, long started, long passed, long failed, long abandoned,
		List<Reason> reasons) {

	/** A reason code and how many failed attempts gave it. */
	public record Reason(String code, long count) {
	}

}
