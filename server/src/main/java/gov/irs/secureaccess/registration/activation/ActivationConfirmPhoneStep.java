package gov.irs.secureaccess.registration.activation;

import gov.irs.secureaccess.accounts.AccountConflictException;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;

import org.springframework.stereotype.Component;

/**
 * The texted security code that ends the mail path: the phone is registered and the
 * account becomes active at LOA-3, and the notice of proofing goes out by letter and
 * email (REG-8).
 */
@Component
class ActivationConfirmPhoneStep implements Step {

	private final OneTimeCodes codes;

	private final Accounts accounts;

	private final ActivationFinish finish;

	ActivationConfirmPhoneStep(OneTimeCodes codes, Accounts accounts, ActivationFinish finish) {
		this.codes = codes;
		this.accounts = accounts;
		this.finish = finish;
	}

	@Override
	public String name() {
		return ActivationStates.CONFIRM_PHONE;
	}

	@Override
	public String view() {
		return "activate/confirm-phone";
	}

	@Override
	public int maxAttempts() {
		return 5;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String typed = input.get("code");
		if (typed.isEmpty() || typed.length() > 20) {
			return StepOutcome.invalid("register.code.error.required");
		}
		switch (this.codes.redeem(CodePurpose.SMS_ACTIVATION, ActivationStates.smsSubject(journey), typed)) {
			case ACCEPTED -> {
				return activate(journey);
			}
			case EXPIRED -> {
				return StepOutcome.invalid("register.code.error.expired");
			}
			default -> {
				return StepOutcome.failed("register.code.error.wrong");
			}
		}
	}

	private StepOutcome activate(Journey journey) {
		long id = journey.require(ActivationStates.ACCOUNT_ID);
		try {
			this.accounts.activate(id, journey.get(ActivationStates.PHONE_E164), "mail,sms");
		}
		catch (AccountConflictException ex) {
			return StepOutcome.invalid("register.phone.error.taken");
		}
		return this.finish.activated(journey, id);
	}

}
