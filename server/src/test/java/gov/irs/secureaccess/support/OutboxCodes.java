package gov.irs.secureaccess.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.messaging.OutboxReader;

/**
 * Reads the six-digit code of the newest message to a recipient, as the person holding
 * that phone or inbox would.
 */
public final class OutboxCodes {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

	private OutboxCodes() {
	}

	public static String latest(OutboxReader outbox, String recipient) {
		String body = outbox.newest(200)
			.stream()
			.filter((entry) -> entry.recipient().equals(recipient))
			.findFirst()
			.orElseThrow(() -> new AssertionError("nothing was sent to that recipient"))
			.body();
		Matcher matcher = SIX_DIGITS.matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("the newest message to that recipient holds no six-digit code");
		}
		return matcher.group(1);
	}

}
