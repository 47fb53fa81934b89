package gov.irs.secureaccess.registration;

import java.util.Map;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole online path with a phone in the person's name, in one sitting (REG-1 to
 * REG-8).
 */
@IntegrationTest
@AutoConfigureMockMvc
class RegistrationSmsPathTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void REG_8_whenTheHappyPathIsWalked_thenTheAccountIsActiveAtLoa3AndTheNoticeGoesByLetterAndEmail()
			throws Exception {
		RegistrationDriver browser = new RegistrationDriver(this.mvc, this.outbox);
		browser.start();
		assertThat(browser.pageText()).contains("Your name and email");

		String page = browser.submit("contact", DemoPeopleForms.OLIVIA_CONTACT);
		assertThat(page).contains("Confirm your email").contains("olivia.bennett@example.test");
		String emailCode = browser.latestCode(Channel.EMAIL, "olivia.bennett@example.test");

		page = browser.submit("confirm-email", Map.of("code", emailCode));
		assertThat(page).contains("Verify your identity");

		page = browser.submit("identity", DemoPeopleForms.OLIVIA_IDENTITY);
		assertThat(page).contains("Verify a financial account").contains("soft inquiry");

		page = browser.submit("financial", DemoPeopleForms.OLIVIA_VISA);
		assertThat(page).contains("Verify your mobile phone");

		page = browser.submit("phone", Map.of("phone", DemoPeopleForms.OLIVIA_PHONE));
		assertThat(page).contains("Enter the code we texted").contains("0101").doesNotContain("614");
		String smsCode = browser.latestCode(Channel.SMS, DemoPeopleForms.OLIVIA_E164);

		page = browser.submit("confirm-phone", Map.of("code", smsCode));
		assertThat(page).contains("Create your username and password");

		page = browser.submit("credentials", DemoPeopleForms.credentials("olivia.bennett"));
		assertThat(page).contains("Your account is ready").contains("olivia.bennett");

		assertThat(this.jdbc
			.sql("select status, loa, loa_evidence from account where username_canonical = 'olivia.bennett'")
			.query()
			.singleRow()).containsEntry("status", "ACTIVE")
			.containsEntry("loa", 3)
			.containsEntry("loa_evidence", "tax-record,financial,sms");
		assertThat(browser.latest(Channel.LETTER, "OLIVIA BENNETT").body()).contains("olivia.bennett");
		assertThat(browser.latest(Channel.EMAIL, "olivia.bennett@example.test").subject())
			.isEqualTo("Your identity was verified for IRS Secure Access");
	}

}
