package gov.irs.secureaccess.registration.web;

import java.util.ArrayList;
import java.util.List;

import gov.irs.secureaccess.proofing.FinancialCheck;
import gov.irs.secureaccess.proofing.ProofingRules;
import gov.irs.secureaccess.registration.RegistrationStates;

/**
 * The ways forward a registration's exhausted page lists (REG-9, AST-5): every path still
 * open to the person on that step, quickest first. Starting again online with another
 * proof is today; lifting a credit freeze, within the hour; the code by mail, 5 to 10
 * days; the e-Help Desk (existing e-Services users, AST-1) a call today and then a
 * letter; a Taxpayer Assistance Center an appointment and then a letter. Each path is a
 * message key suffix ({@code exhausted.path.<path>}).
 */
final class ExhaustedPaths {

	static final String REFUND = "refund";

	static final String OTHER_ACCOUNT = "otherAccount";

	static final String LIFT_FREEZE = "liftFreeze";

	static final String MAIL = "mail";

	static final String HELP_DESK = "helpDesk";

	static final String IN_PERSON = "inPerson";

	/**
	 * In person only after the e-Help Desk, for existing e-Services users (AST-3), when
	 * AST-5 is off.
	 */
	static final String IN_PERSON_EXISTING = "inPersonExisting";

	private ExhaustedPaths() {
	}

	/**
	 * The ways forward a person is offered once a step's attempts are spent.
	 * @param step the exhausted step
	 * @param bureauUnusable why the credit bureau could not be used on this registration,
	 * or null
	 */
	static List<String> of(String step, String bureauUnusable, ProofingRules rules) {
		List<String> paths = new ArrayList<>();
		switch (step) {
			case RegistrationStates.FINANCIAL -> {
				if (rules.refundAccount() && bureauUnusable != null) {
					paths.add(REFUND);
				}
				// Another card or loan is no way forward for whom the bureau has none
				// (REG-14's "none of these").
				if (!"no-file".equals(bureauUnusable) && !"frozen".equals(bureauUnusable)
						&& !FinancialCheck.NO_LISTED_ACCOUNT.equals(bureauUnusable)) {
					paths.add(OTHER_ACCOUNT);
				}
				if ("frozen".equals(bureauUnusable)) {
					paths.add(LIFT_FREEZE);
				}
			}
			case RegistrationStates.PHONE, RegistrationStates.CONFIRM_PHONE -> paths.add(MAIL);
			default -> {
			}
		}
		paths.addAll(withoutFinancialAccount(rules));
		return List.copyOf(paths);
	}

	/**
	 * The ways that need no financial account at all: the e-Help Desk, then a Taxpayer
	 * Assistance Center.
	 */
	static List<String> withoutFinancialAccount(ProofingRules rules) {
		return List.of(HELP_DESK, rules.inPersonNewUsers() ? IN_PERSON : IN_PERSON_EXISTING);
	}

}
