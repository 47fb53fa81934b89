package gov.irs.secureaccess.federation;

import java.util.Map;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-4 with REG-4's bound: the step-up's financial step allows five wrong tries a day,
 * and not a sixth.
 */
@IntegrationTest
class StepUpAttemptsTest {

	@Autowired
	StepUp stepUp;

	@Autowired
	SourcesProperties sources;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Test
	void FED_4_whenFiveFinancialTriesFailed_thenTheStepIsExhaustedAndEvenTheRightAccountIsRefused() {
		FederationPeople.Person person = new FederationPeople(this.sources, this.accounts, this.hasher).withAccount(35,
				2, "tax-record,sms");
		String wrong = person.financial().get("last8").equals("11111111") ? "22222222" : "11111111";
		StepInput wrongTry = StepInput.of(Map.of("accountType", person.financial().get("accountType"), "last8", wrong));
		for (int i = 1; i < 5; i++) {
			assertThat(this.stepUp.financial(person.accountId(), wrongTry, "10.14.9.1").exhausted()).as("try %d", i)
				.isFalse();
		}
		assertThat(this.stepUp.financial(person.accountId(), wrongTry, "10.14.9.1").exhausted()).as("the fifth")
			.isTrue();

		assertThat(this.stepUp.exhausted(person.accountId())).isTrue();
		StepUp.Result sixth = this.stepUp.financial(person.accountId(), StepInput.of(person.financial()), "10.14.9.1");
		assertThat(sixth.raised()).isFalse();
		assertThat(sixth.exhausted()).isTrue();
		assertThat(this.accounts.findLogin(person.accountId()).map(AccountLogin::loa)).contains(2);
	}

}
