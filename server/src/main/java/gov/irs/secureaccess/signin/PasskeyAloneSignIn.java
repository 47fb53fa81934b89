package gov.irs.secureaccess.signin;

import java.time.Duration;
import java.util.Optional;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.factors.passkey.Passkeys;

import org.springframework.stereotype.Service;

/**
 * A sign-in with a passkey alone (no username or password), where the application waiting
 * asked for a phishing-resistant one: the passkey's answer names the account (a
 * discoverable credential) and must verify against the challenge the page was given and
 * that account's passkey. A wrong answer for a known account is a failed sign-in of it
 * (SIGN-5); one that names no account is audited as anonymous. The caller keeps the
 * challenge and makes the session.
 */
@Service
class PasskeyAloneSignIn {

	private final Passkeys passkeys;

	private final Accounts accounts;

	private final AccountLockout lockout;

	private final AuditLog audit;

	PasskeyAloneSignIn(Passkeys passkeys, Accounts accounts, AccountLockout lockout, AuditLog audit) {
		this.passkeys = passkeys;
		this.accounts = accounts;
		this.lockout = lockout;
		this.audit = audit;
	}

	/** The verdict: the account signed in, or the message the page shows. */
	sealed interface Result permits SignedIn, Refused {

	}

	record SignedIn(long accountId) implements Result {

	}

	record Refused(String messageKey) implements Result {

	}

	/**
	 * Checks the browser's answer against the challenge the page was given (null when
	 * there is none, e.g. already spent).
	 */
	Result check(String challenge, String answer, String address) {
		if (challenge == null || answer.isEmpty() || answer.length() > Passkeys.LONGEST_ANSWER) {
			return new Refused("signin.error.passkeyAloneAgain");
		}
		Optional<Long> claimed = this.passkeys.claimedAccount(answer);
		if (claimed.isEmpty()) {
			this.audit.record(AuditEvent.of("anonymous", "signin.passkey-alone.failed", null, address));
			return new Refused("signin.error.passkeyAloneWrong");
		}
		long id = claimed.get();
		String subject = "account:" + id;
		Optional<AccountLogin> login = this.accounts.findLogin(id);
		if (login.isEmpty() || login.get().status() != AccountStatus.ACTIVE) {
			return new Refused("signin.error.unavailable");
		}
		if (this.lockout.lockedFor(id).isPresent()) {
			return new Refused("signin.error.lockedStartAgain");
		}
		if (!this.passkeys.verifyAssertion(id, answer, Passkeys.decode(challenge))) {
			Optional<Duration> locked = this.lockout.recordFailure(id);
			this.audit.record(AuditEvent.of(subject, locked.isPresent() ? "signin.locked" : "signin.passkey.failed",
					subject, address));
			return new Refused(locked.isPresent() ? "signin.error.lockedStartAgain" : "signin.error.passkeyAloneWrong");
		}
		this.lockout.recordSuccess(id);
		this.audit.record(AuditEvent.of(subject, "signin.succeeded", subject, address)
			.with("factor", SigninStates.FACTOR_PASSKEY)
			.with("passwordless", "true"));
		return new SignedIn(id);
	}

}
