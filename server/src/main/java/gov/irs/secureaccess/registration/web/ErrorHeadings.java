package gov.irs.secureaccess.registration.web;

import java.util.Set;

/**
 * The heading above a refusal. "Please check what you entered" fits a typing mistake; a
 * refusal for what the person's account, card, credit file or phone is (American Express,
 * a freeze, a phone not in their name, an account that already exists) was no mistake,
 * and gets a heading that does not suggest one.
 */
final class ErrorHeadings {

	static final String TYPING = "register.error.heading";

	static final String REFUSED = "register.error.refusedHeading";

	private static final Set<String> NOT_A_TYPING_MISTAKE = Set.of("register.financial.error.amex",
			"register.financial.error.debit", "register.financial.error.corporate", "register.financial.error.frozen",
			"register.phone.error.notUs", "register.phone.error.notMobile", "register.phone.error.prepaid",
			"register.phone.error.prepaidRecent", "register.phone.error.business", "register.phone.error.notInName",
			"register.phone.error.taken", "register.identity.error.alreadyRegistered");

	private ErrorHeadings() {
	}

	static String of(String errorKey) {
		return NOT_A_TYPING_MISTAKE.contains(errorKey) ? REFUSED : TYPING;
	}

}
