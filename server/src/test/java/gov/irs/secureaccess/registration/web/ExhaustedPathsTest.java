package gov.irs.secureaccess.registration.web;

import java.time.Duration;

import gov.irs.secureaccess.proofing.ProofingRules;
import gov.irs.secureaccess.registration.RegistrationStates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-9, REG-14, AST-5: the ways forward an exhausted step lists, every one left to the
 * person, quickest first (online today, a freeze lifted within the hour, a letter in 5 to
 * 10 days, the desk, a TAC appointment), and what the 2018 rules leave.
 */
class ExhaustedPathsTest {

	private static final ProofingRules IRS_2018 = new ProofingRules(ProofingRules.AddressMatch.EXACT, false, false,
			false, Duration.ofDays(7), false, false, Duration.ofDays(90));

	// REG-14, AST-5: no credit file: the refund account today, then the desk, then in
	// person for everyone
	@Test
	void REG_14_AST_5_whenTheBureauHasNoFile_thenTheRefundAccountComesFirstAndInPersonLast() {
		assertThat(ExhaustedPaths.of(RegistrationStates.FINANCIAL, "no-file", ProofingRules.defaults()))
			.containsExactly("refund", "helpDesk", "inPerson");
	}

	// REG-14: after "none of these" (the bureau lists no accepted account) another card
	// or loan is no way forward
	@Test
	void REG_14_whenThePersonHasNoneOfTheListedAccounts_thenTheRefundAccountComesFirstAndNoOtherAccountIsOffered() {
		assertThat(ExhaustedPaths.of(RegistrationStates.FINANCIAL, "no-listed-account", ProofingRules.defaults()))
			.containsExactly("refund", "helpDesk", "inPerson");
	}

	// REG-14, REG-4: a frozen file: the refund account, then lifting the freeze; no
	// "another account" (same bureau)
	@Test
	void REG_14_whenTheFileIsFrozen_thenTheRefundAccountComesBeforeLiftingTheFreeze() {
		assertThat(ExhaustedPaths.of(RegistrationStates.FINANCIAL, "frozen", ProofingRules.defaults()))
			.containsExactly("refund", "liftFreeze", "helpDesk", "inPerson");
	}

	// REG-9: wrong digits only: another card or loan, the desk, in person; the refund
	// account was never offered
	@Test
	void REG_9_whenOnlyTheDigitsWereWrong_thenAnotherAccountIsTheFirstWay() {
		assertThat(ExhaustedPaths.of(RegistrationStates.FINANCIAL, null, ProofingRules.defaults()))
			.containsExactly("otherAccount", "helpDesk", "inPerson");
		assertThat(ExhaustedPaths.of(RegistrationStates.FINANCIAL, "american-express", ProofingRules.defaults()))
			.containsExactly("refund", "otherAccount", "helpDesk", "inPerson");
	}

	// REG-6, AST-5: the phone step: the code by mail first
	@Test
	void REG_6_AST_5_whenThePhoneStepIsSpent_thenTheMailCodeComesFirst() {
		assertThat(ExhaustedPaths.of(RegistrationStates.PHONE, null, ProofingRules.defaults())).containsExactly("mail",
				"helpDesk", "inPerson");
	}

	// Issue 13 item 3: the 2018 rules offer no refund account and in person only after
	// the desk, for e-Services users
	@Test
	void AST_5_whenThe2018RulesApply_thenNeitherTheRefundAccountNorInPersonForNewUsersIsOffered() {
		assertThat(ExhaustedPaths.of(RegistrationStates.FINANCIAL, "no-file", IRS_2018)).containsExactly("helpDesk",
				"inPersonExisting");
	}

}
