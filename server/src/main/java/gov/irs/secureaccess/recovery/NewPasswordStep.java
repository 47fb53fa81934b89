package gov.irs.secureaccess.recovery;

import java.util.Locale;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.Refusal;
import gov.irs.secureaccess.accounts.SecurityNotices;
import gov.irs.secureaccess.accounts.Verdict;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.accounts.password.PasswordPolicy;
import gov.irs.secureaccess.accounts.password.PasswordSettings;
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

	private final PasswordPolicy policy;

	private final PasswordHasher hasher;

	private final int maxLength;

	private final AccountLockout lockout;

	private final SessionTerminator sessions;

	private final SecurityNotices notices;

	private final AuditLog audit;

	NewPasswordStep(Accounts accounts, PasswordPolicy policy, PasswordHasher hasher, PasswordSettings settings,
			AccountLockout lockout, SessionTerminator sessions, SecurityNotices notices, AuditLog audit) {
		this.accounts = accounts;
		this.policy = policy;
		this.hasher = hasher;
		this.maxLength = settings.maxLength();
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
		if (password.isEmpty()) {
			return StepOutcome.invalid("recovery.error.passwordRequired");
		}
		if (password.length() > 4 * this.maxLength) {
			// Far past the limit in any form: say so without normalising megabytes.
			return refusal(Refusal.of("password.tooLong", this.maxLength));
		}
		if (!password.equals(confirm)) {
			return StepOutcome.invalid("recovery.error.passwordsDiffer");
		}
		long id = RecoveryStates.accountId(journey);
		AccountLogin login = this.accounts.findLogin(id).orElseThrow();
		// A reset must change the password: the current one again would leave whatever
		// made the person reset it.
		if (password.length() <= 1024 && this.hasher.verify(password, login.passwordHash())) {
			return StepOutcome.invalid("recovery.error.sameAsCurrent");
		}
		Verdict verdict = this.policy.check(password, login.username(), login.email());
		if (!verdict.isAccepted()) {
			return refusal(verdict.refusals().get(0));
		}
		this.accounts.updatePasswordHash(id, this.hasher.hash(password));
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
