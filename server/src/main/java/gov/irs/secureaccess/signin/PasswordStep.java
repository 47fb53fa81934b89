package gov.irs.secureaccess.signin;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.accounts.legacy.LegacyPasswordScheme;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.factors.SecondFactor;
import gov.irs.secureaccess.factors.SecondFactors;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyData;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.limits.RateLimit;
import gov.irs.secureaccess.platform.limits.RateLimitDecision;
import gov.irs.secureaccess.platform.limits.RateLimiter;

import org.springframework.stereotype.Component;

/**
 * SIGN-1 and SIGN-5: the password, after the site image and phrase. Every submission
 * costs one password hash whatever follows (SIGN-4: no answer is quicker than another); a
 * locked account is then told how long, whatever the verdict, so the answer is the same
 * whether it was right; unknown usernames get the same answers and the same locks as real
 * ones. Failures count per account and per source address. A right password texts the
 * security code (SIGN-2). A legacy e-Services username is checked against its legacy
 * hash, under the same rules, and a right one ends the sign-in in the move to Secure
 * Access (REG-10, REG-11).
 */
@Component
class PasswordStep implements Step {

	/**
	 * Longer than any password the policy lets anyone set (PW-1): hashed for the same
	 * cost, never right.
	 */
	static final int MAX_PASSWORD_CHARS = 1024;

	private final Accounts accounts;

	private final PasswordHasher hasher;

	private final AccountLockout lockout;

	private final RateLimiter limiter;

	private final RateLimit perAddress;

	private final RateLimit unknownUsername;

	private final SecurityCodes securityCodes;

	private final SecondFactors factors;

	private final AuditLog audit;

	private final LegacyAccounts legacyAccounts;

	private final SigninProperties properties;

	PasswordStep(Accounts accounts, PasswordHasher hasher, AccountLockout lockout, RateLimiter limiter,
			SigninProperties properties, SecurityCodes securityCodes, SecondFactors factors, AuditLog audit,
			LegacyAccounts legacyAccounts) {
		this.legacyAccounts = legacyAccounts;
		this.properties = properties;
		this.accounts = accounts;
		this.hasher = hasher;
		this.lockout = lockout;
		this.limiter = limiter;
		this.perAddress = new RateLimit("signin-failures-per-address", properties.failuresPerAddress(),
				properties.addressWindow());
		this.unknownUsername = new RateLimit("signin-unknown-username", properties.lockoutThreshold(),
				properties.lockoutDuration());
		this.securityCodes = securityCodes;
		this.factors = factors;
		this.audit = audit;
	}

	@Override
	public String name() {
		return SigninStates.PASSWORD;
	}

	@Override
	public String view() {
		return "signin/password";
	}

	@Override
	public int maxAttempts() {
		return 5;
	}

	/**
	 * Passed, or the password is a legacy e-Services account's and the move to Secure
	 * Access begins (REG-10).
	 */
	@Override
	public Set<String> outcomes() {
		return Set.of(PASSED, SigninStates.OLDER_ACCOUNT);
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String password = input.fields().getOrDefault("password", "");
		if (password.isEmpty()) {
			return StepOutcome.invalid("signin.error.passwordRequired");
		}
		String address = journey.get(SigninStates.KEY_ADDRESS);
		String username = journey.get(SigninStates.KEY_USERNAME);
		Optional<AccountLogin> login = this.accounts.findLogin(username);
		Optional<LegacyAccount> legacy = login.isPresent() ? Optional.empty()
				: this.legacyAccounts.findByUsername(username);
		// SIGN-4, SIGN-5: the hash comes first, once, on every path: known or unknown,
		// locked or not, limited or not, so no answer comes back sooner than another (a
		// lock found before hashing told real names from the others).
		boolean right = rightPassword(password, login, legacy);
		RateLimitDecision fromAddress = this.limiter.peek(this.perAddress, address);
		if (!fromAddress.allowed()) {
			return locked(fromAddress.retryAfter(), "signin.address-limited");
		}
		if (legacy.isPresent()) {
			return legacyAccount(legacy.get(), right, address);
		}
		if (login.isEmpty()) {
			return unknownAccount(username, address);
		}
		long id = login.get().id();
		Optional<Duration> locked = this.lockout.lockedFor(id);
		if (locked.isPresent()) {
			this.limiter.hit(this.perAddress, address);
			return locked(locked.get(), "signin.locked");
		}
		if (!right) {
			this.limiter.hit(this.perAddress, address);
			Optional<Duration> nowLocked = this.lockout.recordFailure(id);
			record(id, nowLocked.isPresent() ? "signin.locked" : "signin.password.failed", address);
			return nowLocked.map((duration) -> locked(duration, "signin.locked"))
				.orElseGet(() -> StepOutcome.failed("signin.error.credentials", "signin.wrong-password"));
		}
		upgradeHash(id, password, login.get().passwordHash());
		if (login.get().status() == AccountStatus.AWAITING_ACTIVATION) {
			return StepOutcome.invalid("signin.error.awaitingActivation");
		}
		// An active account has a phone, an app (APP-2: activated by mail with an app
		// instead of a phone), or both; SIGN-3: the app, which needs nothing sent, comes
		// first, and the code page offers the others.
		Optional<SecondFactor> factor = (login.get().status() == AccountStatus.ACTIVE) ? this.factors.first(login.get())
				: Optional.empty();
		if (factor.isEmpty()) {
			return StepOutcome.invalid("signin.error.unavailable");
		}
		if (factor.get().sendsCode()) {
			this.securityCodes.text(journey, login.get());
		}
		return StepOutcome
			.passed(JourneyData.with(SigninStates.KEY_ACCOUNT, id).and(SigninStates.KEY_FACTOR, factor.get().id()));
	}

	/**
	 * PW-3: a right password whose hash is of a lower cost than today's settings (or
	 * another scheme) is hashed again at today's cost, so costs can rise without anyone
	 * choosing a new password. Only after the password was right: refusals keep their one
	 * hash each (SIGN-4).
	 */
	private void upgradeHash(long accountId, String password, String stored) {
		if (this.hasher.needsRehash(stored)) {
			this.accounts.updatePasswordHash(accountId, this.hasher.hash(password));
		}
	}

	/**
	 * The one hashing task of a submission: the account's own Argon2id hash (also when it
	 * is locked: the verdict is then not used), a legacy account's decoy and legacy hash,
	 * or the decoy for a name with no account. A password too long to be anyone's costs
	 * the same and is never right.
	 */
	private boolean rightPassword(String password, Optional<AccountLogin> login, Optional<LegacyAccount> legacy) {
		boolean tooLong = password.length() > MAX_PASSWORD_CHARS;
		String checked = tooLong ? password.substring(0, MAX_PASSWORD_CHARS) : password;
		boolean right;
		if (login.isPresent()) {
			right = this.hasher.verify(checked, login.get().passwordHash());
		}
		else if (legacy.isPresent()) {
			String stored = legacy.get().passwordHash();
			right = this.hasher.verifyBeside(checked, (typed) -> LegacyPasswordScheme.verify(typed, stored));
		}
		else {
			right = this.hasher.verifyUnknownAccount(checked);
		}
		return right && !tooLong;
	}

	/**
	 * REG-10 and SIGN-5: a legacy e-Services account signs in with its old password,
	 * counted and locked like a Secure Access account's, with the same answers; its hash
	 * was checked beside the Argon2id decoy, so timing does not tell a legacy name from
	 * the others (SIGN-4). A right password hands over to the move.
	 */
	private StepOutcome legacyAccount(LegacyAccount legacy, boolean right, String address) {
		Optional<Duration> locked = this.legacyAccounts.lockedFor(legacy.id());
		if (locked.isPresent()) {
			this.limiter.hit(this.perAddress, address);
			return locked(locked.get(), "signin.locked");
		}
		String subject = "legacy-account:" + legacy.id();
		if (!right) {
			this.limiter.hit(this.perAddress, address);
			Optional<Duration> nowLocked = this.legacyAccounts.recordFailure(legacy.id(),
					this.properties.lockoutThreshold(), this.properties.lockoutDuration(),
					this.properties.maxConsecutiveFailures());
			this.audit.record(AuditEvent.of(subject, nowLocked.isPresent() ? "signin.locked" : "signin.password.failed",
					subject, address));
			return nowLocked.map((duration) -> locked(duration, "signin.locked"))
				.orElseGet(() -> StepOutcome.failed("signin.error.credentials", "signin.wrong-password"));
		}
		this.legacyAccounts.recordSuccess(legacy.id());
		this.audit.record(AuditEvent.of(subject, "legacy.signin.succeeded", subject, address));
		return StepOutcome.outcome(SigninStates.OLDER_ACCOUNT, JourneyData.with(SigninStates.KEY_LEGACY, legacy.id()));
	}

	private StepOutcome unknownAccount(String username, String address) {
		this.limiter.hit(this.perAddress, address);
		RateLimitDecision decision = this.limiter.hit(this.unknownUsername, Accounts.canonicalUsername(username));
		if (!decision.allowed() || decision.remaining() == 0) {
			return locked(decision.allowed() ? this.unknownUsername.window() : decision.retryAfter(), "signin.locked");
		}
		return StepOutcome.failed("signin.error.credentials", "signin.unknown-username");
	}

	private static StepOutcome locked(Duration duration, String reason) {
		long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
		if (duration.compareTo(Duration.ofDays(365)) > 0) {
			return new StepOutcome.Rejected("signin.error.lockedUntilReset", false, reason, List.of());
		}
		return new StepOutcome.Rejected("signin.error.locked", false, reason, List.of(minutes));
	}

	private void record(long id, String action, String address) {
		String subject = "account:" + id;
		this.audit.record(AuditEvent.of(subject, action, subject, address));
	}

}
