package gov.irs.secureaccess.recovery;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodeCheck;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;

/**
 * SIGN-7: the six-digit code texted to the account's phone, 10 minutes, single use, bound
 * to this journey. When nothing was texted (no matching account, or one without a phone)
 * every code is simply wrong, with the same words.
 */
final class RecoveryCodeStep implements Step {

	private final OneTimeCodes codes;

	private final IdentityVerified verified;

	private final AuditLog audit;

	private final int attempts;

	RecoveryCodeStep(OneTimeCodes codes, IdentityVerified verified, AuditLog audit, int attempts) {
		this.codes = codes;
		this.verified = verified;
		this.audit = audit;
		this.attempts = attempts;
	}

	@Override
	public String name() {
		return RecoveryStates.CODE;
	}

	@Override
	public String view() {
		return "recovery/code";
	}

	@Override
	public int maxAttempts() {
		return this.attempts;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String typed = input.get("code");
		if (typed.isEmpty()) {
			return StepOutcome.invalid("recovery.error.codeRequired");
		}
		if (typed.length() > 20) {
			return StepOutcome.invalid("recovery.error.codeForm");
		}
		CodeCheck check = this.codes.redeem(CodePurpose.RECOVERY_SMS, RecoveryStates.codeSubject(journey), typed);
		boolean texted = journey.get(RecoveryStates.KEY_TEXTED) != null;
		if (texted && check == CodeCheck.ACCEPTED) {
			return this.verified.next(journey, "sms");
		}
		if (texted && check == CodeCheck.EXPIRED) {
			return StepOutcome.invalid("recovery.error.codeExpired");
		}
		this.audit.record(
				AuditEvent
					.of("anonymous", "recovery.code.failed", RecoveryStates.subject(journey),
							journey.get(RecoveryStates.KEY_ADDRESS))
					.with("journey", journey.id().toString()));
		return StepOutcome.failed("recovery.error.codeWrong", "recovery.code-wrong");
	}

}
