package gov.irs.secureaccess.signin.legacy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.factors.SecondFactor;
import gov.irs.secureaccess.factors.SecondFactors;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.RegistrationMessages;
import gov.irs.secureaccess.signin.AccountLockout;

import org.springframework.stereotype.Component;

/**
 * REG-11, first proof of the Secure Access account: its own password (the one kept after
 * the merge). Failures count on that account and lock it like a sign-in (SIGN-5); a right
 * password texts the security code to its phone, or asks for its authenticator app's code
 * (SIGN-2, SIGN-3). The account's username is never shown.
 */
@Component
class MergePasswordStep implements Step {

	private final Accounts accounts;

	private final PasswordHasher hasher;

	private final AccountLockout lockout;

	private final SecondFactors factors;

	private final OneTimeCodes codes;

	private final CodeLifetimes lifetimes;

	private final RegistrationMessages messages;

	private final AuditLog audit;

	MergePasswordStep(Accounts accounts, PasswordHasher hasher, AccountLockout lockout, SecondFactors factors,
			OneTimeCodes codes, CodeLifetimes lifetimes, RegistrationMessages messages, AuditLog audit) {
		this.accounts = accounts;
		this.hasher = hasher;
		this.lockout = lockout;
		this.factors = factors;
		this.codes = codes;
		this.lifetimes = lifetimes;
		this.messages = messages;
		this.audit = audit;
	}

	@Override
	public String name() {
		return LegacyStates.MERGE_PASSWORD;
	}

	@Override
	public String view() {
		return "legacy/merge-password";
	}

	@Override
	public int maxAttempts() {
		return 5;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String password = input.fields().getOrDefault("password", "");
		if (password.isEmpty()) {
			return StepOutcome.invalid("signin.error.passwordRequired");
		}
		long id = journey.require(LegacyStates.ACCOUNT_ID);
		Optional<AccountLogin> login = this.accounts.findLogin(id);
		if (login.isEmpty()) {
			return StepOutcome.invalid("legacy.error.moved");
		}
		Optional<Duration> locked = this.lockout.lockedFor(id);
		if (locked.isPresent()) {
			return locked(locked.get());
		}
		String subject = "account:" + id;
		if (password.length() > 1024 || !this.hasher.verify(password, login.get().passwordHash())) {
			Optional<Duration> nowLocked = this.lockout.recordFailure(id);
			this.audit.record(
					AuditEvent
						.of(subject, nowLocked.isPresent() ? "signin.locked" : "signin.password.failed", subject,
								journey.get(LegacyStates.ADDRESS))
						.with("for", "legacy-merge"));
			return nowLocked.map(MergePasswordStep::locked)
				.orElseGet(() -> StepOutcome.failed("legacy.merge.error.password", "merge.wrong-password"));
		}
		if (login.get().status() != AccountStatus.ACTIVE) {
			return StepOutcome.invalid("legacy.merge.error.notActive");
		}
		Optional<SecondFactor> factor = this.factors.first(login.get());
		if (factor.isEmpty()) {
			return StepOutcome.invalid("legacy.merge.error.notActive");
		}
		if (!factor.get().sendsCode()) {
			return StepOutcome.passed(Map.of(LegacyStates.FACTOR, factor.get().id()));
		}
		IssuedCode code = this.codes.issue(CodePurpose.SIGNIN_SMS, LegacyStates.codeSubject(journey));
		this.messages.smsCode(login.get().phoneE164(), code.code(), this.lifetimes.of(CodePurpose.SIGNIN_SMS),
				LegacyStates.locale(journey));
		return StepOutcome.passed(Map.of(LegacyStates.FACTOR, factor.get().id()));
	}

	/**
	 * The sign-in's own lock message (SIGN-5): how long, never whether the password was
	 * right.
	 */
	static StepOutcome locked(Duration duration) {
		if (duration.compareTo(Duration.ofDays(365)) > 0) {
			return new StepOutcome.Rejected("signin.error.lockedUntilReset", false, "signin.locked", List.of());
		}
		long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
		return new StepOutcome.Rejected("signin.error.locked", false, "signin.locked", List.of(minutes));
	}

}
