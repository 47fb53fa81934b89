package gov.irs.secureaccess.recovery;

import java.util.List;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.registration.FormLimits;

/**
 * SIGN-7 on the mail path (REG-6): an account still waiting for its activation letter has
 * no phone yet, so its two secret questions take the place of the texted code. Reached
 * from the code page by the person's own choice, so the page shown never depends on
 * whether an account matched; decoy questions accept no answer. Both answers are always
 * compared, so a right first answer takes no less time than a wrong one.
 */
final class SecretQuestionsStep implements Step {

	private final Accounts accounts;

	private final IdentityVerified verified;

	private final AuditLog audit;

	private final int attempts;

	SecretQuestionsStep(Accounts accounts, IdentityVerified verified, AuditLog audit, int attempts) {
		this.accounts = accounts;
		this.verified = verified;
		this.audit = audit;
		this.attempts = attempts;
	}

	@Override
	public String name() {
		return RecoveryStates.QUESTIONS;
	}

	@Override
	public String view() {
		return "recovery/questions";
	}

	@Override
	public int maxAttempts() {
		return this.attempts;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String answer1 = input.get("answer1");
		String answer2 = input.get("answer2");
		if (answer1.isEmpty() || answer2.isEmpty()) {
			return StepOutcome.invalid("recovery.error.answersRequired");
		}
		if (FormLimits.tooLong(answer1) || FormLimits.tooLong(answer2)) {
			return new StepOutcome.Rejected("recovery.error.tooLong", false, "recovery.error.tooLong",
					List.of(FormLimits.MAX_FIELD));
		}
		if (journey.get(RecoveryStates.KEY_OWN_QUESTIONS) != null) {
			long id = RecoveryStates.accountId(journey);
			boolean first = this.accounts.secretAnswerMatches(id, journey.get(RecoveryStates.KEY_QUESTION_1), answer1);
			boolean second = this.accounts.secretAnswerMatches(id, journey.get(RecoveryStates.KEY_QUESTION_2), answer2);
			if (first && second) {
				return this.verified.next(journey, "secret-questions");
			}
		}
		this.audit.record(
				AuditEvent
					.of("anonymous", "recovery.questions.failed", RecoveryStates.subject(journey),
							journey.get(RecoveryStates.KEY_ADDRESS))
					.with("journey", journey.id().toString()));
		return StepOutcome.failed("recovery.error.answersWrong", "recovery.answers-wrong");
	}

}
