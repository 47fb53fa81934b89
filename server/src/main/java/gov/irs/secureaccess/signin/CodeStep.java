package gov.irs.secureaccess.signin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.factors.FactorChallenge;
import gov.irs.secureaccess.factors.SecondFactor;
import gov.irs.secureaccess.factors.SecondFactors;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;

import org.springframework.stereotype.Component;

/**
 * SIGN-1 to SIGN-3: the six-digit security code, texted to the registered phone (10
 * minutes, single use) or from the authenticator app (TOTP, one step of drift, each code
 * once), or a passkey in place of either; each is a {@link SecondFactor}, which checks
 * the answer. A wrong or reused code counts as a failed sign-in of the account (SIGN-5);
 * a right one resets the count.
 */
@Component
class CodeStep implements Step {

	private final AccountLockout lockout;

	private final AuditLog audit;

	private final SecondFactors factors;

	private final List<SigninCompletion> completions;

	CodeStep(AccountLockout lockout, AuditLog audit, SecondFactors factors, List<SigninCompletion> completions) {
		this.completions = List.copyOf(completions);
		this.factors = factors;
		this.lockout = lockout;
		this.audit = audit;
	}

	@Override
	public String name() {
		return SigninStates.CODE;
	}

	@Override
	public String view() {
		return "signin/code";
	}

	@Override
	public int maxAttempts() {
		return 5;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String passkey = input.get(SigninStates.FIELD_PASSKEY);
		boolean ceremony = !passkey.isEmpty();
		String answer = ceremony ? passkey : input.get("code");
		if (!ceremony && (answer.isEmpty() || answer.length() > 20)) {
			return StepOutcome.invalid("signin.error.codeRequired");
		}
		long id = journey.require(SigninStates.KEY_ACCOUNT);
		if (this.lockout.lockedFor(id).isPresent()) {
			return StepOutcome.invalid("signin.error.lockedStartAgain");
		}
		// A passkey's answer may come in place of whichever code was expected.
		String expected = ceremony ? SigninStates.FACTOR_PASSKEY : journey.get(SigninStates.KEY_FACTOR);
		SecondFactor factor = this.factors.byId(expected)
			.orElseGet(() -> this.factors.byId(SigninStates.FACTOR_SMS).orElseThrow());
		FactorChallenge challenge = new FactorChallenge(SigninStates.codeSubject(journey),
				journey.get(SigninStates.KEY_PASSKEY_CHALLENGE));
		return switch (factor.verify(id, challenge, answer)) {
			case ACCEPTED -> signedIn(journey, id, factor.id());
			case WRONG -> failure(journey, id, ceremony ? "signin.error.passkeyWrong" : "signin.error.codeWrong");
			case REPLAYED -> failure(journey, id, "signin.error.codeUsed");
			case EXPIRED -> StepOutcome.invalid("signin.error.codeExpired");
			case NOT_SET_UP -> StepOutcome.invalid("signin.error.noApp");
			case UNREADABLE -> StepOutcome.invalid("signin.error.passkeyAgain");
		};
	}

	private StepOutcome signedIn(Journey journey, long id, String factor) {
		String subject = "account:" + id;
		this.lockout.recordSuccess(id);
		// A sign-in held at a page (a temporary password to change) is not signed in yet:
		// SessionSignIn#release records its success, so the history never says "You
		// signed in." for one that stopped there.
		boolean held = this.completions.stream().anyMatch((completion) -> completion.holdAt(id).isPresent());
		this.audit.record(AuditEvent
			.of(subject, held ? "signin.held" : "signin.succeeded", subject, journey.get(SigninStates.KEY_ADDRESS))
			.with("factor", factor));
		// The challenge is spent with the journey; the factor tells the session how the
		// person signed in.
		return StepOutcome.passed(Map.of(SigninStates.KEY_FACTOR, factor, SigninStates.KEY_PASSKEY_CHALLENGE, ""));
	}

	/** A wrong or reused code is a failed sign-in of the account (SIGN-5). */
	private StepOutcome failure(Journey journey, long id, String messageKey) {
		String subject = "account:" + id;
		Optional<Duration> locked = this.lockout.recordFailure(id);
		this.audit.record(AuditEvent.of(subject, locked.isPresent() ? "signin.locked" : "signin.code.failed", subject,
				journey.get(SigninStates.KEY_ADDRESS)));
		return locked.isPresent() ? StepOutcome.invalid("signin.error.lockedStartAgain")
				: StepOutcome.failed(messageKey);
	}

}
