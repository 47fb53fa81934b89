package gov.irs.secureaccess.signin;

import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;

import org.springframework.stereotype.Component;

/**
 * SIGN-1 and SIGN-2: the six-digit security code texted to the registered phone, 10 minutes, single use. A wrong
 * code counts as a failed sign-in of the account (SIGN-5); a right one resets the count.
 */
@Component
class CodeStep implements Step {

	private final OneTimeCodes codes;

	private final AccountLockout lockout;

	private final AuditLog audit;

	CodeStep(OneTimeCodes codes, AccountLockout lockout, AuditLog audit) {
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
		String typed = input.get("code");
		if (typed.isEmpty() || typed.length() > 20) {
			return StepOutcome.invalid("signin.error.codeRequired");
		}
		long id = Long.parseLong(journey.get(SigninStates.KEY_ACCOUNT));
		if (this.lockout.lockedFor(id).isPresent()) {
			return StepOutcome.invalid("signin.error.lockedStartAgain");
		}
		String subject = "account:" + id;
		switch (this.codes.redeem(CodePurpose.SIGNIN_SMS, SigninStates.codeSubject(journey), typed)) {
			case ACCEPTED -> {
				this.lockout.recordSuccess(id);
				this.audit.record(AuditEvent.of(subject, "signin.succeeded", subject, journey.get(SigninStates.KEY_ADDRESS))
					.with("factor", "sms"));
				return StepOutcome.advance(SigninStates.DONE, Map.of());
			}
			case EXPIRED -> {
				return StepOutcome.invalid("signin.error.codeExpired");
			}
			default -> {
				Optional<java.time.Duration> locked = this.lockout.recordFailure(id);
				this.audit.record(AuditEvent.of(subject, locked.isPresent() ? "signin.locked" : "signin.code.failed",
						subject, journey.get(SigninStates.KEY_ADDRESS)));
				return locked.isPresent() ? StepOutcome.invalid("signin.error.lockedStartAgain")
						: StepOutcome.failed("signin.error.codeWrong");
			}
		}
	}

}
