package gov.irs.secureaccess.registration;

import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration funnel: every step's start and pass, and failures with their reason
 * codes (never what was typed).
 */
class RegistrationFunnelTest extends RegistrationTestBase {

	private List<String> events(RegistrationDriver browser) {
		return this.jdbc.sql(
				"select step || ' ' || event || coalesce(' ' || reason, '') from funnel_event where journey_id = :id order by id")
			.param("id", browser.journeyId())
			.query(String.class)
			.list();
	}

	// Funnel (REG-1 to REG-7 step outcomes)
	@Test
	void whenARegistrationIsCompletedAfterTwoFailures_thenTheFunnelHasEveryStepStartedAndPassedAndTheFailureReasons()
			throws Exception {
		SyntheticPerson oliver = this.people.demo(4);
		RegistrationDriver browser = browser();
		browser.start();
		browser.submit("contact", TestPeople.contact(oliver, "funnel.oliver@example.test"));
		browser.submit("confirm-email",
				Map.of("code", browser.latestCode(Channel.EMAIL, "funnel.oliver@example.test")));
		Map<String, String> identity = TestPeople.identity(oliver);
		browser.submit("identity", TestPeople.with(identity, "postalCode", "W2 4BX"));
		browser.submit("identity", identity);
		browser.submit("financial", Map.of("accountType", "CAR_LOAN", "last8", "12121212"));
		this.people.registerBySmsFromFinancial(browser, oliver, TestPeople.financial(this.people.demoAccount(4)),
				"funnel.oliver");

		assertThat(events(browser)).containsExactly("contact STARTED", "contact PASSED", "confirm-email STARTED",
				"confirm-email PASSED", "identity STARTED", "identity FAILED identity.address", "identity PASSED",
				"financial STARTED", "financial FAILED financial.no-match", "financial PASSED", "phone STARTED",
				"phone PASSED", "confirm-phone STARTED", "confirm-phone PASSED", "credentials STARTED",
				"credentials PASSED");
	}

	// Funnel: refusals at the financial and phone steps carry their own reason codes
	@Test
	void whenACardOrAPhoneIsRefused_thenTheFunnelRecordsTheReasonCode() throws Exception {
		RegistrationDriver amex = browser();
		this.people.toIdentityPassed(amex, this.people.demo(8), "funnel.priya@example.test");
		amex.submit("financial", TestPeople.financial(this.people.demoAccount(8)));
		assertThat(events(amex)).contains("financial FAILED financial.american-express");

		RegistrationDriver phone = browser();
		this.people.toPhoneStep(phone, this.people.demo(12), TestPeople.financial(this.people.demoAccount(12)),
				"funnel.ethan@example.test");
		phone.submit("phone", Map.of("phone", "(215) 555-0112"));
		phone.act("/register/mail");
		assertThat(events(phone)).contains("phone FAILED phone.not-in-name", "phone FAILED diverted-to-credentials",
				"credentials STARTED");
	}

}
