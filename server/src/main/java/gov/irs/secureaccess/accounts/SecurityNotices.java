package gov.irs.secureaccess.accounts;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.Outbox;
import gov.irs.secureaccess.messaging.OutgoingMessage;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SIGN-9: every security change (password changed or reset, phone changed, authenticator
 * or passkey added or removed, site phrase or image changed) is told to the person by
 * email at once, in the transaction of the change.
 */
@Service
public class SecurityNotices {

	/** What changed; each has a message key {@code notice.change.<name>}. */
	public enum Change {

		PASSWORD_CHANGED, PASSWORD_RESET, USERNAME_REMINDER, PHONE_CHANGED, AUTHENTICATOR_ADDED, AUTHENTICATOR_REPLACED,
		AUTHENTICATOR_REMOVED, SITE_CHANGED, PASSKEY_ADDED, PASSKEY_REMOVED

	}

	private final Accounts accounts;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	SecurityNotices(Accounts accounts, Outbox outbox, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public void notify(long accountId, Change change, Locale locale) {
		AccountProfile profile = this.accounts.profile(accountId);
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(this.clock.instant().atZone(ZoneId.of("America/New_York")));
		String what = this.messages.getMessage("notice.change." + change.name(), new Object[] { profile.username() },
				locale);
		this.outbox.enqueue(
				new OutgoingMessage(Channel.EMAIL, "security-notice." + change.name().toLowerCase(Locale.ROOT),
						profile.email(), this.messages.getMessage("notice.subject", null, locale), this.messages
							.getMessage("notice.body", new Object[] { profile.firstName(), what, when }, locale),
						null));
	}

}
