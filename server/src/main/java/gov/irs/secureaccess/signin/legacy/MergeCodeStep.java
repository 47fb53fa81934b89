package gov.irs.secureaccess.signin.legacy;

import java.time.Duration;
import java.util.Optional;

import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.factors.totp.AppCodeCheck;
import gov.irs.secureaccess.factors.totp.AuthenticatorApps;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodeCheck;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.signin.AccountLockout;

import org.springframework.stereotype.Component;

/**
 * REG-11, second proof of the Secure Access account: the security code texted to its
 * phone (10 minutes, once) or from its authenticator app. A wrong code is a failed
 * sign-in of that account (SIGN-5). Accepted, the accounts merge
 * ({@link LegacyMoves#merge}) and the person is signed in to the merged account.
 */
@Component
class MergeCodeStep implements Step {

	private final OneTimeCodes codes;

	private final AuthenticatorApps apps;

	private final AccountLockout lockout;

	private final LegacyAccounts legacy;

	private final LegacyMoves moves;

	private final AuditLog audit;

	MergeCodeStep(OneTimeCodes codes, AuthenticatorApps apps, AccountLockout lockout, LegacyAccounts legacy,
			LegacyMoves moves, AuditLog audit) {
		this.codes = codes;
		this.apps = apps;
		this.lockout = lockout;
		this.legacy = legacy;
		this.moves = moves;
		this.audit = audit;
	}

	@Override
	public String name() {
		return LegacyStates.MERGE_CODE;
	}

	@Override
	public String view() {
		return "legacy/merge-code";
	}

	@Override
	public int maxAttempts() {
		return 5;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String typed = input.get("code");
		if (typed.isEmpty() || typed.length() > 20) {
			return StepOutcome.invalid("signin.error.codeRequired");
		}
		long id = journey.require(LegacyStates.ACCOUNT_ID);
		if (this.lockout.lockedFor(id).isPresent()) {
			return StepOutcome.invalid("signin.error.lockedStartAgain");
		}
		String factor = journey.get(LegacyStates.FACTOR);
		if (LegacyStates.FACTOR_APP.equals(factor)) {
			AppCodeCheck check = this.apps.verify(id, typed);
			if (check == AppCodeCheck.NOT_ENROLLED) {
				return StepOutcome.invalid("signin.error.noApp");
			}
			if (check != AppCodeCheck.ACCEPTED) {
				return failure(journey, id,
						(check == AppCodeCheck.REPLAYED) ? "signin.error.codeUsed" : "signin.error.codeWrong");
			}
		}
		else {
			CodeCheck check = this.codes.redeem(CodePurpose.SIGNIN_SMS, LegacyStates.codeSubject(journey), typed);
			if (check == CodeCheck.EXPIRED) {
				return StepOutcome.invalid("signin.error.codeExpired");
			}
			if (check != CodeCheck.ACCEPTED) {
				return failure(journey, id, "signin.error.codeWrong");
			}
		}
		Optional<LegacyAccount> account = this.legacy.findById(LegacyStates.legacyId(journey));
		if (account.isEmpty()) {
			return StepOutcome.invalid("legacy.error.moved");
		}
		this.lockout.recordSuccess(id);
		String subject = "account:" + id;
		this.audit.record(AuditEvent.of(subject, "signin.succeeded", subject, journey.get(LegacyStates.ADDRESS))
			.with("factor", factor));
		return this.moves.merge(journey, account.get(), id, factor);
	}

	private StepOutcome failure(Journey journey, long id, String messageKey) {
		String subject = "account:" + id;
		Optional<Duration> locked = this.lockout.recordFailure(id);
		this.audit.record(
				AuditEvent
					.of(subject, locked.isPresent() ? "signin.locked" : "signin.code.failed", subject,
							journey.get(LegacyStates.ADDRESS))
					.with("for", "legacy-merge"));
		return locked.isPresent() ? StepOutcome.invalid("signin.error.lockedStartAgain")
				: StepOutcome.failed(messageKey);
	}

}
