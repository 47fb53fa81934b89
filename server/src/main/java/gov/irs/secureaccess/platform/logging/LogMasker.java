package gov.irs.secureaccess.platform.logging;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks anything in a log line shaped like an SSN, a card or account number, a phone
 * number, a one-time code or an email address (DATA-3). A last line of defence: code must
 * not log such values in the first place.
 */
public final class LogMasker {

	private record Rule(Pattern pattern, String replacement) {
	}

	private static final List<Rule> RULES = List.of(
			// 123-45-6789, 123 45 6789
			new Rule(Pattern.compile("(?<![\\w-])\\d{3}[- ]\\d{2}[- ]\\d{4}(?![\\w-])"), "***-**-****"),
			// card numbers written in groups: 4111 1111 1111 1111, 4111-1111-1111-1111
			new Rule(Pattern.compile("(?<![\\w-])\\d{4}(?:[- ]\\d{3,6}){2,4}(?![\\w-])"), "[masked-number]"),
			// US phone numbers: 555-123-4567, (555) 123-4567, 555.123.4567
			new Rule(Pattern.compile("(?<![\\w-])(?:\\(\\d{3}\\) ?|\\d{3}[-. ])\\d{3}[-. ]\\d{4}(?![\\w-])"),
					"[masked-phone]"),
			// any run of six or more digits: codes, SSNs and account numbers without
			// separators, +1 phone numbers
			new Rule(Pattern.compile("(?<![\\w.])\\+?\\d{6,}(?![\\w])"), "[masked-digits]"),
			new Rule(Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"), "[masked-email]"));

	private LogMasker() {
	}

	public static String mask(String line) {
		if (line == null || line.isEmpty()) {
			return line;
		}
		String masked = line;
		for (Rule rule : RULES) {
			masked = rule.pattern().matcher(masked).replaceAll(rule.replacement());
		}
		return masked;
	}

}
