package gov.irs.secureaccess.platform.otp;

import java.time.Duration;

/** What a one-time code is for, with its life (the rule's number) and its form. */
public enum CodePurpose {

	/** REG-1: the code emailed to confirm the address, 15 minutes. */
	EMAIL_CONFIRMATION(Duration.ofMinutes(15), CodeFormat.SIX_DIGITS),

	/** REG-5: the activation code texted to the phone being registered, 10 minutes. */
	SMS_ACTIVATION(Duration.ofMinutes(10), CodeFormat.SIX_DIGITS),

	/** SIGN-2: the security code texted at sign-in, 10 minutes. */
	SIGNIN_SMS(Duration.ofMinutes(10), CodeFormat.SIX_DIGITS),

	/**
	 * SIGN-7: the code texted to the account's phone for a forgotten username or
	 * password, 10 minutes.
	 */
	RECOVERY_SMS(Duration.ofMinutes(10), CodeFormat.SIX_DIGITS),

	/** REG-6: the activation code mailed to the address of record, 30 days. */
	MAIL_ACTIVATION(Duration.ofDays(30), CodeFormat.MAIL_CODE),

	/**
	 * FED-5: the code emailed to open the document drop without an account, 15 minutes.
	 */
	DOCUMENT_DROP_EMAIL(Duration.ofMinutes(15), CodeFormat.SIX_DIGITS);

	private final Duration defaultLifetime;

	private final CodeFormat format;

	CodePurpose(Duration defaultLifetime, CodeFormat format) {
		this.defaultLifetime = defaultLifetime;
		this.format = format;
	}

	public Duration defaultLifetime() {
		return this.defaultLifetime;
	}

	public CodeFormat format() {
		return this.format;
	}

}
