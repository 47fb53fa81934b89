package gov.irs.secureaccess.signin.legacy;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.Outbox;
import gov.irs.secureaccess.messaging.OutgoingMessage;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The emails that tell a person their e-Services account moved (REG-10) or merged
 * (REG-11), at once and in the transaction of the change (as SIGN-9 does for security
 * changes): what happened, when, and what to do if it was not them. Never a password or a
 * code.
 */
@Component
class LegacyMessages {

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	LegacyMessages(Outbox outbox, MessageSource messages, Clock clock) {
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * REG-10: the username stays, the old password no longer works; on the mail path, a
	 * letter is coming.
	 */
	void moved(String email, String firstName, String username, boolean mailPath, Locale locale) {
		String body = text(mailPath ? "legacy.mail.moved.bodyMail" : "legacy.mail.moved.body", locale, firstName,
				username, now(locale));
		this.outbox.enqueue(new OutgoingMessage(Channel.EMAIL, "legacy.moved", email,
				text("legacy.mail.moved.subject", locale), body, null));
	}

	/**
	 * REG-11: sign in with the e-Services username and the Secure Access password; to
	 * both addresses if they differ.
	 */
	void merged(String accountEmail, String legacyEmail, String firstName, String username, String previousUsername,
			Locale locale) {
		String body = text("legacy.mail.merged.body", locale, firstName, username, previousUsername, now(locale));
		Set<String> to = new LinkedHashSet<>();
		to.add(accountEmail.strip().toLowerCase(Locale.ROOT));
		to.add(legacyEmail.strip().toLowerCase(Locale.ROOT));
		for (String recipient : to) {
			this.outbox.enqueue(new OutgoingMessage(Channel.EMAIL, "legacy.merged", recipient,
					text("legacy.mail.merged.subject", locale), body, null));
		}
	}

	private String now(Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(this.clock.instant().atZone(ZoneId.of("America/New_York")));
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
