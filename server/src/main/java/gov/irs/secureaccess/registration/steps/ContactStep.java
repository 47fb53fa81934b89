package gov.irs.secureaccess.registration.steps;

import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.NameMatcher;
import gov.irs.secureaccess.proofing.RegistrationMessages;
import gov.irs.secureaccess.registration.FormLimits;
import gov.irs.secureaccess.registration.RegistrationStates;

import org.springframework.stereotype.Component;

/**
 * REG-1, first half: name (first, middle, last, suffix, as on the return) and email; a
 * code goes to the email.
 */
@Component
public class ContactStep implements Step {

	private final OneTimeCodes codes;

	private final CodeLifetimes lifetimes;

	private final RegistrationMessages messages;

	ContactStep(OneTimeCodes codes, CodeLifetimes lifetimes, RegistrationMessages messages) {
		this.codes = codes;
		this.lifetimes = lifetimes;
		this.messages = messages;
	}

	@Override
	public String name() {
		return RegistrationStates.CONTACT;
	}

	@Override
	public String view() {
		return "register/contact";
	}

	@Override
	public int maxAttempts() {
		return 1;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String first = input.get("firstName");
		String middle = input.get("middleName");
		String last = input.get("lastName");
		String suffix = input.get("suffix");
		String email = input.get("email");
		StepOutcome tooLong = FormLimits.tooLong(input, "firstName", "register.contact.firstName", "middleName",
				"register.contact.middleName", "lastName", "register.contact.lastName", "suffix",
				"register.contact.suffix", "email", "register.contact.email");
		if (tooLong != null) {
			return tooLong;
		}
		if (first.isEmpty() || last.isEmpty() || email.isEmpty()) {
			return StepOutcome.invalid("register.contact.error.required");
		}
		if (!FormLimits.isName(first) || !FormLimits.isName(last)
				|| (!middle.isEmpty() && !FormLimits.isName(middle))) {
			return StepOutcome.invalid("register.contact.error.name");
		}
		if (!suffix.isEmpty() && !NameMatcher.isSuffix(suffix)) {
			return StepOutcome.invalid("register.contact.error.suffix");
		}
		if (!FormLimits.isEmail(email)) {
			return StepOutcome.invalid("register.contact.error.email");
		}
		Locale locale = Locale.forLanguageTag(journey.get(RegistrationStates.LANGUAGE));
		IssuedCode code = this.codes.issue(CodePurpose.EMAIL_CONFIRMATION, RegistrationStates.codeSubject(journey));
		this.messages.emailCode(email, code.code(), this.lifetimes.of(CodePurpose.EMAIL_CONFIRMATION), locale);
		return StepOutcome.passed(Map.of(RegistrationStates.FIRST_NAME, first, RegistrationStates.MIDDLE_NAME, middle,
				RegistrationStates.LAST_NAME, last, RegistrationStates.SUFFIX, suffix, RegistrationStates.EMAIL,
				email));
	}

}
