package gov.irs.secureaccess.proofing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.Outbox;
import gov.irs.secureaccess.messaging.OutgoingMessage;
import gov.irs.secureaccess.sources.taxrecords.Address;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The emails, texts and letters of registration, in the person's language, queued in the
 * caller's transaction.
 */
@Component
public class RegistrationMessages {

	private final Outbox outbox;

	private final MessageSource messages;

	RegistrationMessages(Outbox outbox, MessageSource messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	/** REG-1: the email confirmation code. */
	public void emailCode(String email, String code, Duration lifetime, Locale locale) {
		this.outbox.enqueue(new OutgoingMessage(Channel.EMAIL, "registration.email-code", email,
				text("mail.emailCode.subject", locale), text("mail.emailCode.body", locale, code, lifetime.toMinutes()),
				null));
	}

	/** REG-5 / REG-6: the activation code by text message. */
	public void smsCode(String e164, String code, Duration lifetime, Locale locale) {
		this.outbox.enqueue(new OutgoingMessage(Channel.SMS, "registration.sms-code", e164, null,
				text("mail.smsCode.body", locale, code, lifetime.toMinutes()), null));
	}

	/** REG-6: the activation code by post, to the address of record. */
	public void activationLetter(String fullName, Address address, String code, Instant expires, Locale locale) {
		this.outbox.enqueue(new OutgoingMessage(Channel.LETTER, "registration.activation-letter",
				addressBlock(fullName, address), text("mail.activationLetter.subject", locale),
				text("mail.activationLetter.body", locale, code, date(expires, locale)), null));
	}

	/**
	 * Who proofed a person whose account staff created (AST-2, AST-3, AST-5): each has
	 * its own letter.
	 */
	public enum AssistedBy {

		/** An e-Help Desk assistor, with questions about the returns (AST-2). */
		DESK,

		/**
		 * A TAC officer saw two IDs, then an e-Help Desk assistor created the account
		 * (AST-3).
		 */
		DESK_AFTER_TAC,

		/** A TAC officer saw two IDs and created the account there (AST-5). */
		TAC

	}

	/**
	 * REG-6 for an account staff created: the activation code by post, saying truthfully
	 * who created the account and that the person signs in with the temporary password
	 * they were given (issue 13, item 5).
	 */
	public void assistedActivationLetter(String fullName, Address address, String code, Instant expires, Locale locale,
			AssistedBy by) {
		String key = switch (by) {
			case DESK -> "mail.activationLetter.desk.body";
			case DESK_AFTER_TAC -> "mail.activationLetter.deskAfterTac.body";
			case TAC -> "mail.activationLetter.tac.body";
		};
		this.outbox.enqueue(new OutgoingMessage(Channel.LETTER, "assisted.activation-letter",
				addressBlock(fullName, address), text("mail.activationLetter.subject", locale),
				text(key, locale, code, date(expires, locale)), null));
	}

	/** REG-8: the notice of proofing, by letter to the address of record and by email. */
	public void proofingNotice(String fullName, Address address, String email, Instant when, String username,
			Locale locale) {
		String body = text("mail.proofingNotice.body", locale, date(when, locale), username);
		String subject = text("mail.proofingNotice.subject", locale);
		this.outbox.enqueue(new OutgoingMessage(Channel.LETTER, "registration.proofing-notice",
				addressBlock(fullName, address), subject, body, null));
		this.outbox
			.enqueue(new OutgoingMessage(Channel.EMAIL, "registration.proofing-notice", email, subject, body, null));
	}

	static String addressBlock(String fullName, Address address) {
		StringBuilder block = new StringBuilder(fullName.toUpperCase(Locale.ROOT)).append('\n').append(address.line1());
		if (address.line2() != null) {
			block.append('\n').append(address.line2());
		}
		block.append('\n').append(address.city());
		if (address.state() != null) {
			block.append(' ').append(address.state());
		}
		if (address.postalCode() != null) {
			block.append(' ').append(address.postalCode());
		}
		if (address.isAbroad()) {
			block.append('\n')
				.append(new Locale("", address.country()).getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT));
		}
		return block.toString();
	}

	private String date(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.format(instant.atZone(ZoneId.of("America/New_York")));
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
