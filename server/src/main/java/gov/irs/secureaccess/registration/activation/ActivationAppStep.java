package gov.irs.secureaccess.registration.activation;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.factors.totp.AppCodeCheck;
import gov.irs.secureaccess.factors.totp.AuthenticatorChanges;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;

import org.springframework.stereotype.Component;

/**
 * APP-2 after the mailed code (REG-6): an authenticator app instead of a phone. The
 * set-up was begun when the person chose it on the phone page; its first right code
 * confirms the app (emailed, SIGN-9, and audited) and activates the account at LOA-3
 * without a phone, in one transaction. Wrong codes spend attempts: six digits are
 * guessable.
 */
@Component
class ActivationAppStep implements Step {

	static final String EVIDENCE = "mail,app";

	private final AuthenticatorChanges changes;

	private final Accounts accounts;

	private final ActivationFinish finish;

	ActivationAppStep(AuthenticatorChanges changes, Accounts accounts, ActivationFinish finish) {
		this.changes = changes;
		this.accounts = accounts;
		this.finish = finish;
	}

	@Override
	public String name() {
		return ActivationStates.APP;
	}

	@Override
	public String view() {
		return "activate/app";
	}

	@Override
	public int maxAttempts() {
		return 5;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String typed = input.get("code");
		if (typed.isEmpty() || typed.length() > 20) {
			return StepOutcome.invalid("activate.app.error.codeRequired");
		}
		long id = journey.require(ActivationStates.ACCOUNT_ID);
		AppCodeCheck check = this.changes.confirm(id, typed, journey.get(ActivationStates.ADDRESS),
				ActivationStates.locale(journey));
		if (check == AppCodeCheck.ACCEPTED) {
			this.accounts.activateWithoutPhone(id, EVIDENCE);
			return this.finish.activated(journey, id);
		}
		if (check == AppCodeCheck.NOT_ENROLLED) {
			return StepOutcome.invalid("activate.app.error.notSetUp");
		}
		return StepOutcome.failed("activate.app.error.codeWrong",
				(check == AppCodeCheck.REPLAYED) ? "activation.app-code-replayed" : "activation.app-code-wrong");
	}

}
