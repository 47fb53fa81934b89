package gov.irs.secureaccess.registration;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import gov.irs.secureaccess.proofing.ProofingRules;
import gov.irs.secureaccess.registration.address.EnteredAddress;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.generator.DemoPeople;
import gov.irs.secureaccess.sources.taxrecords.Address;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 3: the rules the IRS used in 2018 as settings of the service. The
 * {@code irs-2018} profile binds to every one of them (address exactly as typed, no
 * student loans, no refund account, no SIM-swap check, no in-person path for new users),
 * nothing set gives ours, and the address rule and the account types follow the setting.
 * (The exhausted pages: {@code registration/web/ExhaustedPathsTest}; the TAC:
 * {@code assisted/InPersonCheckTest}.)
 */
class ProofingBaselineTest {

	// REG-3, REG-4, REG-13, REG-14, AST-5 switched off by the profile; REG-13's window
	// stays ours
	@Test
	void whenTheIrs2018ProfileIsActive_thenEveryProofingRuleIsThe2018One() throws IOException {
		ProofingRules rules = bind(
				PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-irs-2018.properties")));

		assertThat(rules.addressMatch()).isEqualTo(ProofingRules.AddressMatch.EXACT);
		assertThat(rules.studentLoans()).isFalse();
		assertThat(rules.refundAccount()).isFalse();
		assertThat(rules.simChangeCheck()).isFalse();
		assertThat(rules.inPersonNewUsers()).isFalse();
		assertThat(rules.prepaidInName()).as("REG-5: no prepaid line in 2018 (seed 001, pay-as-you-go)").isFalse();
		assertThat(rules.simChangeWindow()).isEqualTo(Duration.ofDays(7));
	}

	@Test
	void whenNothingIsSet_thenTheRulesAreOurs() {
		ProofingRules rules = bind(new Properties());

		assertThat(rules).isEqualTo(ProofingRules.defaults());
		assertThat(rules.addressMatch()).isEqualTo(ProofingRules.AddressMatch.TOLERANT);
		assertThat(rules.studentLoans() && rules.refundAccount() && rules.simChangeCheck() && rules.inPersonNewUsers()
				&& rules.prepaidInName())
			.isTrue();
		assertThat(rules.prepaidTenure()).isEqualTo(Duration.ofDays(90));
	}

	// REG-3 against the 2018 rule, on demo #2 (Marcus J Lee, 2200 Pine St, Apt 5C,
	// Seattle WA 98101-1234)
	@Test
	void whenTheAddressIsTypedInAnotherForm_thenOnlyOurRuleMatchesIt() {
		Address marcus = DemoPeople.all(2025).get(1).person().taxRecord().address();
		EnteredAddress otherForm = EnteredAddress.us("2200 Pine Street Apartment 5C", null, "Seattle", "WA", "98101");
		EnteredAddress asOnTheReturn = EnteredAddress.us(" 2200  PINE ST ", "apt 5c", "seattle", "wa", "98101-1234");
		AddressRule ours = new AddressRule(ProofingRules.defaults());
		AddressRule exact = new AddressRule(rules(Map.of("address-match", "exact")));

		assertThat(ours.matches(otherForm, marcus)).isTrue();
		assertThat(exact.matches(otherForm, marcus)).isFalse();
		assertThat(exact.matches(asOnTheReturn, marcus)).as("case and spaces aside").isTrue();
		assertThat(exact.matches(EnteredAddress.us("2200 Pine St", "Apt 5C", "Seattle", "WA", "98101"), marcus))
			.as("a ZIP is not its ZIP+4 in 2018")
			.isFalse();
		assertThat(ours.matches(EnteredAddress.us("2201 Pine St", "Apt 5C", "Seattle", "WA", "98101"), marcus))
			.as("another number is another place")
			.isFalse();
	}

	// REG-4: student loans are offered by our rules, not by 2018's
	@Test
	void whenStudentLoansAreOff_thenTheFinancialStepDoesNotOfferThem() {
		assertThat(ProofingRules.defaults().offeredAccountTypes()).contains(AccountType.STUDENT_LOAN);
		assertThat(rules(Map.of("student-loans", "false")).offeredAccountTypes())
			.doesNotContain(AccountType.STUDENT_LOAN)
			.contains(AccountType.CREDIT_CARD, AccountType.MORTGAGE, AccountType.HOME_EQUITY_LOAN, AccountType.HELOC,
					AccountType.CAR_LOAN);
	}

	// REG-13: the window is bounded (a typo must not switch the check off or make it
	// absurd)
	@Test
	void whenTheSimChangeWindowIsOutOfBounds_thenTheServiceRefusesToStart() {
		Assertions.assertThatThrownBy(() -> rules(Map.of("sim-change-window", "P91D")))
			.hasRootCauseMessage("secure-access.proofing.sim-change-window must be between P0D and P90D");
	}

	private static ProofingRules rules(Map<String, String> settings) {
		Properties properties = new Properties();
		settings.forEach((key, value) -> properties.setProperty("secure-access.proofing." + key, value));
		return bind(properties);
	}

	private static ProofingRules bind(Properties properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("secure-access.proofing",
				Bindable.of(ProofingRules.class));
	}

}
