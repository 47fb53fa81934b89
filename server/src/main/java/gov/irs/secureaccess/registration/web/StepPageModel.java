package gov.irs.secureaccess.registration.web;

import java.util.Arrays;
import java.util.List;

import gov.irs.secureaccess.accounts.SiteImages;
import gov.irs.secureaccess.accounts.password.PasswordSettings;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.proofing.PhoneEligibility;
import gov.irs.secureaccess.proofing.ProofingRules;
import gov.irs.secureaccess.registration.RegistrationStates;
import gov.irs.secureaccess.registration.steps.CredentialsStep;
import gov.irs.secureaccess.proofing.FinancialCheck;
import gov.irs.secureaccess.sources.taxrecords.FilingStatus;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What each registration page shows besides its form: never the SSN, the account digits or a code. */
@Component
class StepPageModel {

	private final CodeLifetimes lifetimes;

	private final PasswordSettings passwords;

	private final FinancialCheck financial;

	private final ProofingRules rules;

	StepPageModel(CodeLifetimes lifetimes, PasswordSettings passwords, FinancialCheck financial, ProofingRules rules) {
		this.lifetimes = lifetimes;
		this.passwords = passwords;
		this.financial = financial;
		this.rules = rules;
	}

	/** The exhausted page of {@code step}: every way forward left, quickest first (REG-9, AST-5). */
	void exhausted(Journey journey, String step, Model model) {
		model.addAttribute("paths", ExhaustedPaths.of(step, journey.get(FinancialCheck.BUREAU_UNUSABLE), this.rules));
		model.addAttribute("mailCodeDays", this.lifetimes.of(CodePurpose.MAIL_ACTIVATION).toDays());
	}

	private static final List<String> STEP_ORDER = List.of(RegistrationStates.CONTACT, RegistrationStates.CONFIRM_EMAIL,
			RegistrationStates.IDENTITY, RegistrationStates.FINANCIAL, RegistrationStates.PHONE,
			RegistrationStates.CONFIRM_PHONE, RegistrationStates.CREDENTIALS);

	void step(Journey journey, String step, Model model) {
		model.addAttribute("step", step);
		model.addAttribute("stepNumber", STEP_ORDER.indexOf(step) + 1);
		model.addAttribute("stepCount", STEP_ORDER.size());
		model.addAttribute("firstName", journey.get(RegistrationStates.FIRST_NAME));
		model.addAttribute("email", journey.get(RegistrationStates.EMAIL));
		String phone = journey.get(RegistrationStates.PHONE_E164);
		model.addAttribute("phoneMasked", (phone != null) ? PhoneEligibility.masked(phone) : null);
		model.addAttribute("mailPath", RegistrationStates.PATH_MAIL.equals(journey.get(RegistrationStates.PATH)));
		model.addAttribute("filingStatuses", Arrays.asList(FilingStatus.values()));
		model.addAttribute("accountTypes", this.financial.offered());
		model.addAttribute("refundOffer", this.financial.refundOffer(journey));
		model.addAttribute("noneOfTheseOffered", this.financial.noneOfTheseOffered());
		// REG-14, AST-5: for whoever has no refund deposited either, the ways left without a financial account.
		model.addAttribute("noRefundPaths", ExhaustedPaths.withoutFinancialAccount(this.rules));
		model.addAttribute("gallery", SiteImages.GALLERY);
		model.addAttribute("secretQuestions", CredentialsStep.SECRET_QUESTIONS);
		model.addAttribute("emailCodeMinutes", this.lifetimes.of(CodePurpose.EMAIL_CONFIRMATION).toMinutes());
		model.addAttribute("smsCodeMinutes", this.lifetimes.of(CodePurpose.SMS_ACTIVATION).toMinutes());
		model.addAttribute("passwordMinLength", this.passwords.minLength());
		model.addAttribute("usernameMin", gov.irs.secureaccess.accounts.username.UsernamePolicy.MIN_LENGTH);
		model.addAttribute("usernameMax", gov.irs.secureaccess.accounts.username.UsernamePolicy.MAX_LENGTH);
		if (!model.containsAttribute("errorArgs")) {
			model.addAttribute("errorArgs", new Object[0]);
		}
	}

	void done(Journey journey, Model model) {
		model.addAttribute("firstName", journey.get(RegistrationStates.FIRST_NAME));
		model.addAttribute("mailPath", RegistrationStates.PATH_MAIL.equals(journey.get(RegistrationStates.PATH)));
		model.addAttribute("username", journey.get(CredentialsStep.USERNAME));
		model.addAttribute("mailCodeDays", this.lifetimes.of(CodePurpose.MAIL_ACTIVATION).toDays());
	}

}
