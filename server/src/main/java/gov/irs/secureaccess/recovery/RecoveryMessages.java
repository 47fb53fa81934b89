package gov.irs.secureaccess.recovery;

import java.util.Locale;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.Outbox;
import gov.irs.secureaccess.messaging.OutgoingMessage;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The text message of recovery (SIGN-7), queued in the step's transaction (MSG-1). */
@Component
class RecoveryMessages {

	private final Outbox outbox;

	private final MessageSource messages;

	private final CodeLifetimes lifetimes;

	RecoveryMessages(Outbox outbox, MessageSource messages, CodeLifetimes lifetimes) {
		this.outbox = outbox;
		this.messages = messages;
		this.lifetimes = lifetimes;
	}

	void recoveryCode(String e164, IssuedCode code, Locale locale) {
		long minutes = this.lifetimes.of(CodePurpose.RECOVERY_SMS).toMinutes();
		this.outbox.enqueue(new OutgoingMessage(Channel.SMS, "recovery.sms-code", e164, null,
				this.messages.getMessage("recovery.sms.body", new Object[] { code.code(), minutes }, locale), null));
	}

}
