package gov.irs.secureaccess.signin.legacy;

import java.time.Duration;
import java.util.Optional;

import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.factors.FactorChallenge;
import gov.irs.secureaccess.factors.SecondFactor;
import gov.irs.secureaccess.factors.SecondFactors;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
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

	private final SecondFactors factors;

	private final AccountLockout lockout;

	private final LegacyAccounts legacy;

	private final LegacyMoves moves;

	private final AuditLog audit;

	MergeCodeStep(SecondFactors factors, AccountLockout lockout, LegacyAccounts legacy, LegacyMoves moves,
			AuditLog audit) {
		this.factors = factors;
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
		String expected = journey.get(LegacyStates.FACTOR);
		SecondFactor factor = this.factors.byId(expected)
			.orElseGet(() -> this.factors.byId(LegacyStates.FACTOR_SMS).orElseThrow());
		switch (factor.verify(id, new FactorChallenge(LegacyStates.codeSubject(journey), null), typed)) {
			case ACCEPTED:
				break;
			case EXPIRED:
				return StepOutcome.invalid("signin.error.codeExpired");
			case NOT_SET_UP:
				return StepOutcome.invalid("signin.error.noApp");
			case REPLAYED:
				return failure(journey, id, "signin.error.codeUsed");
			default:
				return failure(journey, id, "signin.error.codeWrong");
		}
		String factorUsed = factor.id();
		Optional<LegacyAccount> account = this.legacy.findById(LegacyStates.legacyId(journey));
		if (account.isEmpty()) {
			return StepOutcome.invalid("legacy.error.moved");
		}
		this.lockout.recordSuccess(id);
		String subject = "account:" + id;
		this.audit.record(AuditEvent.of(subject, "signin.succeeded", subject, journey.get(LegacyStates.ADDRESS))
			.with("factor", factorUsed));
		return this.moves.merge(journey, account.get(), id, factorUsed);
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
