package gov.irs.secureaccess.recovery;

import java.util.Locale;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.Refusal;
import gov.irs.secureaccess.accounts.SecurityNotices;
import gov.irs.secureaccess.accounts.password.NewPasswords;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.session.SessionTerminator;
import gov.irs.secureaccess.signin.AccountLockout;

/**
 * SIGN-7 end of a password reset: the new password twice, checked by PW-1/PW-2 (the page
 * says why it was refused), and never the current password again. Then the hash is
 * replaced (PW-3), every sign-in lock is lifted (the 100-failure ceiling included,
 * SIGN-5), the email notice is queued (SIGN-9), the reset is audited, and every session
 * of the account ends on every node.
 */
final class NewPasswordStep implements Step {

	private final Accounts accounts;

	private final NewPasswords newPasswords;

	private final AccountLockout lockout;

	private final SessionTerminator sessions;

	private final SecurityNotices notices;

	private final AuditLog audit;

	NewPasswordStep(Accounts accounts, NewPasswords newPasswords, AccountLockout lockout, SessionTerminator sessions,
			SecurityNotices notices, AuditLog audit) {
		this.accounts = accounts;
		this.newPasswords = newPasswords;
		this.lockout = lockout;
		this.sessions = sessions;
		this.notices = notices;
		this.audit = audit;
	}

	@Override
	public String name() {
		return RecoveryStates.NEW_PASSWORD;
	}

	@Override
	public String view() {
		return "recovery/new-password";
	}

	@Override
	public int maxAttempts() {
		return 1;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String password = input.fields().getOrDefault("password", "");
		String confirm = input.fields().getOrDefault("passwordConfirm", "");
		long id = RecoveryStates.accountId(journey);
		AccountLogin login = this.accounts.findLogin(id).orElseThrow();
		NewPasswords.Choice choice = this.newPasswords.choose(password, confirm, login, true);
		if (choice instanceof NewPasswords.Refused refused) {
			return switch (refused.problem()) {
				case MISSING -> StepOutcome.invalid("recovery.error.passwordRequired");
				case DIFFERENT -> StepOutcome.invalid("recovery.error.passwordsDiffer");
				case SAME_AS_CURRENT -> StepOutcome.invalid("recovery.error.sameAsCurrent");
				case POLICY -> refusal(refused.refusal());
			};
		}
		this.accounts.updatePasswordHash(id, ((NewPasswords.Chosen) choice).hash());
		this.lockout.clear(id);
		this.notices.notify(id, SecurityNotices.Change.PASSWORD_RESET,
				Locale.forLanguageTag(journey.get(RecoveryStates.KEY_LANGUAGE)));
		int ended = this.sessions.endAllSessions(id);
		String subject = "account:" + id;
		this.audit
			.record(AuditEvent.of(subject, "recovery.password.reset", subject, journey.get(RecoveryStates.KEY_ADDRESS))
				.with("journey", journey.id().toString())
				.with("sessionsEnded", Integer.toString(ended)));
		return StepOutcome.passed();
	}

	private static StepOutcome refusal(Refusal refusal) {
		return new StepOutcome.Rejected(refusal.messageKey(), false, refusal.messageKey(), refusal.arguments());
	}

}
