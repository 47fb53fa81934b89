package gov.irs.secureaccess.signin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.factors.passkey.Passkeys;
import gov.irs.secureaccess.factors.totp.AppCodeCheck;
import gov.irs.secureaccess.factors.totp.AuthenticatorApps;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodeCheck;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;

import org.springframework.stereotype.Component;

/**
 * SIGN-1 to SIGN-3: the six-digit security code, texted to the registered phone (10
 * minutes, single use) or from the authenticator app (TOTP, one step of drift, each code
 * once). A wrong or reused code counts as a failed sign-in of the account (SIGN-5); a
 * right one resets the count.
 */
@Component
class CodeStep implements Step {

	private final OneTimeCodes codes;

	private final AccountLockout lockout;

	private final AuditLog audit;

	private final AuthenticatorApps apps;

	private final Passkeys passkeys;

	private final List<SigninCompletion> completions;

	CodeStep(OneTimeCodes codes, AccountLockout lockout, AuditLog audit, AuthenticatorApps apps, Passkeys passkeys,
			List<SigninCompletion> completions) {
		this.completions = List.copyOf(completions);
		this.apps = apps;
		this.passkeys = passkeys;
		this.codes = codes;
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
		if (!passkey.isEmpty()) {
			return acceptPasskey(journey, passkey);
		}
		String typed = input.get("code");
		if (typed.isEmpty() || typed.length() > 20) {
			return StepOutcome.invalid("signin.error.codeRequired");
		}
		long id = journey.require(SigninStates.KEY_ACCOUNT);
		if (this.lockout.lockedFor(id).isPresent()) {
			return StepOutcome.invalid("signin.error.lockedStartAgain");
		}
		String factor = journey.get(SigninStates.KEY_FACTOR);
		if (SigninStates.FACTOR_APP.equals(factor)) {
			AppCodeCheck check = this.apps.verify(id, typed);
			if (check == AppCodeCheck.ACCEPTED) {
				return signedIn(journey, id, factor);
			}
			if (check == AppCodeCheck.NOT_ENROLLED) {
				return StepOutcome.invalid("signin.error.noApp");
			}
			return failure(journey, id,
					(check == AppCodeCheck.REPLAYED) ? "signin.error.codeUsed" : "signin.error.codeWrong");
		}
		CodeCheck check = this.codes.redeem(CodePurpose.SIGNIN_SMS, SigninStates.codeSubject(journey), typed);
		if (check == CodeCheck.ACCEPTED) {
			return signedIn(journey, id, SigninStates.FACTOR_SMS);
		}
		if (check == CodeCheck.EXPIRED) {
			return StepOutcome.invalid("signin.error.codeExpired");
		}
		return failure(journey, id, "signin.error.codeWrong");
	}

	/**
	 * A passkey in place of the code: the answer must verify against the challenge this
	 * journey was given and one of the account's passkeys. A wrong answer is a failed
	 * sign-in like a wrong code.
	 */
	private StepOutcome acceptPasskey(Journey journey, String response) {
		long id = journey.require(SigninStates.KEY_ACCOUNT);
		if (this.lockout.lockedFor(id).isPresent()) {
			return StepOutcome.invalid("signin.error.lockedStartAgain");
		}
		String challenge = journey.get(SigninStates.KEY_PASSKEY_CHALLENGE);
		if (challenge == null || challenge.isEmpty() || response.length() > 20_000) {
			return StepOutcome.invalid("signin.error.passkeyAgain");
		}
		if (this.passkeys.verifyAssertion(id, response, Passkeys.decode(challenge))) {
			return signedIn(journey, id, SigninStates.FACTOR_PASSKEY);
		}
		return failure(journey, id, "signin.error.passkeyWrong");
	}

	private StepOutcome signedIn(Journey journey, long id, String factor) {
		String subject = "account:" + id;
		this.lockout.recordSuccess(id);
		// A sign-in held at a page (a temporary password to change) is not signed in yet:
		// SessionSignIn#release
		// records its success, so the history never says "You signed in." for one that
		// stopped there.
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
