package gov.irs.secureaccess.accounts;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import gov.irs.secureaccess.accounts.password.NewPasswords;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.platform.limits.RateLimit;
import gov.irs.secureaccess.platform.limits.RateLimitDecision;
import gov.irs.secureaccess.platform.limits.RateLimiter;
import gov.irs.secureaccess.session.SessionTerminator;

import org.springframework.stereotype.Service;

/**
 * A signed-in person's password change (profile page): the current password, then the new
 * one twice. The current one must verify: {@value #TRIES} tries per 15 minutes per
 * account (rate limit {@code profile-current-password}), a right one starts the count
 * again, so a left-open session cannot be used to guess the password; a wrong one is
 * audited. The new one must pass PW-1 and PW-2 ({@link NewPasswords}). Then the hash, the
 * SIGN-9 email and the audit event commit together ({@link ProfileChanges}), and only
 * after that commit every other session of the account ends; the one that made the change
 * stays. Both Argon2id computations run before the transaction.
 */
@Service
public class PasswordChange {

	public static final int TRIES = 5;

	static final RateLimit CURRENT_PASSWORD = new RateLimit("profile-current-password", TRIES, Duration.ofMinutes(15));

	private final Accounts accounts;

	private final NewPasswords newPasswords;

	private final PasswordHasher hasher;

	private final RateLimiter limiter;

	private final ProfileChanges changes;

	private final SessionTerminator sessions;

	PasswordChange(Accounts accounts, NewPasswords newPasswords, PasswordHasher hasher, RateLimiter limiter,
			ProfileChanges changes, SessionTerminator sessions) {
		this.accounts = accounts;
		this.newPasswords = newPasswords;
		this.hasher = hasher;
		this.limiter = limiter;
		this.changes = changes;
		this.sessions = sessions;
	}

	/** What the person typed. */
	public record Request(String currentPassword, String newPassword, String newPasswordConfirm) {

	}

	/**
	 * Where the request came from: the session that stays and the address for the audit.
	 */
	public record Origin(String sessionId, String address, Locale locale) {

	}

	/**
	 * Changes the password, or says why not ({@link Refusal} message keys under
	 * {@code account.password.error}, or a PW-1/PW-2 refusal).
	 */
	public Optional<Refusal> change(long accountId, Request request, Origin origin) {
		if (request.currentPassword().isEmpty()) {
			return Optional.of(Refusal.of("account.password.error.currentRequired"));
		}
		Optional<NewPasswords.Refused> mistake = this.newPasswords.formMistake(request.newPassword(),
				request.newPasswordConfirm());
		if (mistake.isPresent()) {
			return Optional.of(refusal(mistake.get()));
		}
		String key = "account:" + accountId;
		RateLimitDecision tries = this.limiter.hit(CURRENT_PASSWORD, key);
		if (!tries.allowed()) {
			return Optional.of(Refusal.of("account.password.error.tooManyTries", tries.retryAfterMinutes()));
		}
		AccountLogin login = this.accounts.findLogin(accountId).orElseThrow();
		if (!this.hasher.verify(request.currentPassword(), login.passwordHash())) {
			this.changes.wrongCurrentPassword(accountId, origin.address());
			return Optional.of(Refusal.of("account.password.error.currentWrong"));
		}
		this.limiter.reset(CURRENT_PASSWORD, key);
		NewPasswords.Choice choice = this.newPasswords.choose(request.newPassword(), request.newPasswordConfirm(),
				login, false);
		if (choice instanceof NewPasswords.Refused refused) {
			return Optional.of(refusal(refused));
		}
		this.changes.changePassword(accountId, ((NewPasswords.Chosen) choice).hash(), origin.address(),
				origin.locale());
		this.sessions.endOtherSessions(accountId, origin.sessionId());
		return Optional.empty();
	}

	private static Refusal refusal(NewPasswords.Refused refused) {
		return switch (refused.problem()) {
			case MISSING -> Refusal.of("account.password.error.newRequired");
			case DIFFERENT -> Refusal.of("account.password.error.differ");
			case POLICY -> refused.refusal();
			// The profile page does not refuse the current password as the new one.
			case SAME_AS_CURRENT -> throw new IllegalStateException("not asked for: " + refused);
		};
	}

}
