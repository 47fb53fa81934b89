package gov.irs.secureaccess.registration.web;

import java.util.List;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.proofing.FinancialCheck;
import gov.irs.secureaccess.proofing.ProofingRules;
import gov.irs.secureaccess.registration.RegistrationJourney;
import gov.irs.secureaccess.registration.RegistrationStates;
import gov.irs.secureaccess.registration.steps.CredentialsStep;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every registration page shows besides its form: the progress through the journey's
 * declared steps, the person's first name and email, the path chosen; then what the step
 * itself says its page shows ({@link gov.irs.secureaccess.journey.Step#page}). Never the
 * SSN, the account digits or a code.
 */
@Component
class StepPageModel {

	private final CodeLifetimes lifetimes;

	private final ProofingRules rules;

	private final JourneyDefinition definition;

	StepPageModel(CodeLifetimes lifetimes, ProofingRules rules, RegistrationJourney journey) {
		this.lifetimes = lifetimes;
		this.rules = rules;
		this.definition = journey.definition();
	}

	/**
	 * The exhausted page of {@code step}: every way forward left, quickest first (REG-9,
	 * AST-5).
	 */
	void exhausted(Journey journey, String step, Model model) {
		model.addAttribute("paths", ExhaustedPaths.of(step, journey.get(FinancialCheck.BUREAU_UNUSABLE), this.rules));
		model.addAttribute("mailCodeDays", this.lifetimes.of(CodePurpose.MAIL_ACTIVATION).toDays());
	}

	void step(Journey journey, Step step, Model model) {
		List<String> order = this.definition.stepOrder();
		model.addAttribute("step", step.name());
		model.addAttribute("stepNumber", order.indexOf(step.name()) + 1);
		model.addAttribute("stepCount", order.size());
		model.addAttribute("firstName", journey.get(RegistrationStates.FIRST_NAME));
		model.addAttribute("email", journey.get(RegistrationStates.EMAIL));
		model.addAttribute("mailPath", RegistrationStates.PATH_MAIL.equals(journey.get(RegistrationStates.PATH)));
		// REG-14, AST-5: for whoever has no refund deposited either, the ways left
		// without a financial account.
		model.addAttribute("noRefundPaths", ExhaustedPaths.withoutFinancialAccount(this.rules));
		model.addAllAttributes(step.page(journey));
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
