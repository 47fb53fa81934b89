package gov.irs.secureaccess.accounts.password;

import java.util.Optional;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Refusal;
import gov.irs.secureaccess.accounts.Verdict;

import org.springframework.stereotype.Component;

/**
 * A new password for an existing account, the one place of "check, then hash" for every
 * way a password is replaced (the profile page, a temporary password, a reset): typed
 * twice, PW-1 and PW-2, optionally not the password it replaces, then hashed (PW-3). The
 * hash is made here, outside any transaction, so no database connection waits on
 * Argon2id. Each caller says the problem in its own words.
 */
@Component
public class NewPasswords {

	/**
	 * Far past the longest password in any form: refused before it is normalised, so
	 * megabytes are never run through NFKC.
	 */
	private static final int FAR_PAST = 4;

	/**
	 * Beyond this the current password is not compared at all: no password that long was
	 * accepted.
	 */
	private static final int COMPARED_UP_TO = 1024;

	private final PasswordPolicy policy;

	private final PasswordHasher hasher;

	private final int maxLength;

	NewPasswords(PasswordPolicy policy, PasswordHasher hasher, PasswordSettings settings) {
		this.policy = policy;
		this.hasher = hasher;
		this.maxLength = settings.maxLength();
	}

	/** What is wrong with a new password. */
	public enum Problem {

		/** Nothing typed. */
		MISSING,

		/** The two typings differ. */
		DIFFERENT,

		/** It is the password it would replace. */
		SAME_AS_CURRENT,

		/** PW-1 or PW-2 refuses it; {@link Refused#refusal()} says why. */
		POLICY

	}

	/** The verdict on a new password. */
	public sealed interface Choice permits Chosen, Refused {

	}

	/** Accepted: its hash, ready to store. */
	public record Chosen(String hash) implements Choice {

	}

	/** Refused: the problem and, for {@link Problem#POLICY}, the rule's words. */
	public record Refused(Problem problem, Refusal refusal) implements Choice {

	}

	/**
	 * The mistakes of form alone (nothing typed, the typings differ, far too long), which
	 * cost nothing to find: a page may refuse these before spending a try on the current
	 * password.
	 */
	public Optional<Refused> formMistake(String password, String confirm) {
		if (password.isEmpty()) {
			return Optional.of(new Refused(Problem.MISSING, null));
		}
		if (password.length() > FAR_PAST * this.maxLength) {
			return Optional.of(new Refused(Problem.POLICY, Refusal.of("password.tooLong", this.maxLength)));
		}
		if (!password.equals(confirm)) {
			return Optional.of(new Refused(Problem.DIFFERENT, null));
		}
		return Optional.empty();
	}

	/**
	 * Checks the new password for {@code login}'s account and hashes it.
	 * @param mustDiffer whether the password being replaced is refused (a reset, a
	 * temporary password): the same one again would leave whatever made it necessary
	 */
	public Choice choose(String password, String confirm, AccountLogin login, boolean mustDiffer) {
		Optional<Refused> mistake = formMistake(password, confirm);
		if (mistake.isPresent()) {
			return mistake.get();
		}
		if (mustDiffer && password.length() <= COMPARED_UP_TO && this.hasher.verify(password, login.passwordHash())) {
			return new Refused(Problem.SAME_AS_CURRENT, null);
		}
		Verdict verdict = this.policy.check(password, login.username(), login.email());
		if (!verdict.isAccepted()) {
			return new Refused(Problem.POLICY, verdict.refusals().get(0));
		}
		return new Chosen(this.hasher.hash(password));
	}

}
