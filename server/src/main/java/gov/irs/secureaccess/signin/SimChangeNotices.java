package gov.irs.secureaccess.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.Outbox;
import gov.irs.secureaccess.messaging.OutgoingMessage;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.proofing.ProofingRules;
import gov.irs.secureaccess.sources.phonecarrier.PhoneCarrier;
import gov.irs.secureaccess.sources.phonecarrier.PhoneNumber;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * REG-13 at sign-in: the security code still goes to a number whose SIM was changed (or
 * that was ported) within the window, but the account holder is told by email, once per
 * change, so a takeover of the number does not go unnoticed. Which changes were told is
 * kept in {@code sim_change_notice} (the number only as a keyed hash).
 */
@Component
class SimChangeNotices {

	private static final ZoneId EASTERN = ZoneId.of("America/New_York");

	private final PhoneCarrier carrier;

	private final ProofingRules rules;

	private final JdbcClient jdbc;

	private final KeyedHash keyedHash;

	private final Outbox outbox;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	SimChangeNotices(PhoneCarrier carrier, ProofingRules rules, JdbcClient jdbc, KeyedHash keyedHash, Outbox outbox,
			MessageSource messages, AuditLog audit, Clock clock) {
		this.carrier = carrier;
		this.rules = rules;
		this.jdbc = jdbc;
		this.keyedHash = keyedHash;
		this.outbox = outbox;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * After a code was texted to the account's phone: emails the holder about a recent
	 * SIM change not yet told.
	 */
	@Transactional
	void afterCodeTexted(AccountLogin login, Locale locale) {
		if (!this.rules.simChangeCheck() || login.phoneE164() == null || login.email() == null) {
			return;
		}
		Instant now = this.clock.instant();
		Optional<Instant> changed = this.carrier.lookup(PhoneNumber.of(login.phoneE164()))
			.flatMap((line) -> line.lastSimChange())
			.filter((at) -> at.isAfter(now.minus(this.rules.simChangeWindow())));
		if (changed.isEmpty()) {
			return;
		}
		int told = this.jdbc.sql("""
				insert into sim_change_notice (account_id, phone_hash, changed_at, notified_at)
				values (:account, :phone, :changed, :now) on conflict do nothing""")
			.param("account", login.id())
			.param("phone", this.keyedHash.of("account.phone", login.phoneE164()))
			.param("changed", Timestamp.from(changed.get()))
			.param("now", Timestamp.from(now))
			.update();
		if (told == 0) {
			return;
		}
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(changed.get().atZone(EASTERN));
		String last4 = login.phoneE164().substring(login.phoneE164().length() - 4);
		this.outbox.enqueue(new OutgoingMessage(Channel.EMAIL, "security-notice.sim-changed", login.email(),
				this.messages.getMessage("notice.simChanged.subject", null, locale), this.messages
					.getMessage("notice.simChanged.body", new Object[] { login.firstName(), last4, when }, locale),
				"sim-change:" + login.id() + ":" + changed.get().toEpochMilli()));
		this.audit.record(
				AuditEvent.of("account:" + login.id(), "signin.sim-change-notified", "account:" + login.id(), null));
	}

}
