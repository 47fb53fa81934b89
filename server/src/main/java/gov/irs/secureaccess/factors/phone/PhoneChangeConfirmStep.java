package gov.irs.secureaccess.factors.phone;

import java.util.Locale;

import gov.irs.secureaccess.accounts.AccountConflictException;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.CodeStep;
import gov.irs.secureaccess.proofing.RegistrationProperties;

import org.springframework.stereotype.Component;

/**
 * The code texted to the new number (REG-5: 10 minutes, single use). Accepted, the
 * account's phone is replaced, the person emailed (SIGN-9) and the change audited, in the
 * journey's transaction. If another account took the number meanwhile, nothing changes
 * and the page says the number is taken.
 */
@Component
class PhoneChangeConfirmStep extends CodeStep {

	private final PhoneChanges changes;

	private final int attempts;

	PhoneChangeConfirmStep(OneTimeCodes codes, PhoneChanges changes, RegistrationProperties properties) {
		super(codes, CodePurpose.SMS_ACTIVATION);
		this.changes = changes;
		this.attempts = properties.phoneCodeAttempts();
	}

	@Override
	public String name() {
		return PhoneChangeStates.CONFIRM_PHONE;
	}

	@Override
	public String view() {
		return "account/phone-confirm";
	}

	@Override
	public int maxAttempts() {
		return this.attempts;
	}

	@Override
	protected String subject(Journey journey) {
		return PhoneChangeStates.codeSubject(journey);
	}

	@Override
	protected StepOutcome accepted(Journey journey, StepInput input) {
		return replace(journey, input);
	}

	private StepOutcome replace(Journey journey, StepInput input) {
		String address = input.get(PhoneChangeStates.SOURCE_ADDRESS);
		try {
			this.changes.changePhone(PhoneChangeStates.accountId(journey), journey.get(PhoneChangeStates.PHONE_E164),
					address.isEmpty() ? null : address, Locale.forLanguageTag(journey.get(PhoneChangeStates.LANGUAGE)));
		}
		catch (AccountConflictException ex) {
			return new StepOutcome.Rejected("register.phone.error.taken", false, "phone.taken");
		}
		return StepOutcome.passed();
	}

}
