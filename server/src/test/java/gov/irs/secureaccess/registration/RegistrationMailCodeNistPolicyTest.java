package gov.irs.secureaccess.registration;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-6 under the NIST-2017 policy setting: the mailed code lives 10 days. A context of
 * its own (own database), so demo #13 Maria Gonzalez can register here with her own
 * prepaid phone.
 */
@TestPropertySource(properties = "secure-access.codes.lifetimes.mail-activation=P10D")
class RegistrationMailCodeNistPolicyTest extends RegistrationTestBase {

	// REG-6 (NIST-2017: 10 days)
	@Test
	void REG_6_whenTheMailCodeLifetimeIsSetTo10Days_thenTheCodeWorksAt9DaysNot10AndEveryTextSays10() throws Exception {
		SyntheticPerson maria = this.people.demo(13);
		SyntheticPerson william = this.people.demo(16);
		RegistrationDriver mariaBrowser = browser();
		String done = text(this.people.registerByMail(mariaBrowser, maria,
				TestPeople.financial(this.people.demoAccount(13)), "nist.maria@example.test", "nistmaria"));
		assertThat(done).contains("works for 10 days").doesNotContain("30 days");
		String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(Locale.ENGLISH)
			.format(this.clock.instant().plus(Duration.ofDays(10)).atZone(ZoneId.of("America/New_York")));
		assertThat(mariaBrowser.latest(Channel.LETTER, "MARIA GONZALEZ").body()).contains("It works until " + until);

		RegistrationDriver williamBrowser = browser();
		this.people.registerByMail(williamBrowser, william, TestPeople.financial(this.people.demoAccount(16)),
				"nist.william@example.test", "nistwilliam");

		this.clock.advance(Duration.ofDays(9).plusHours(23));
		String page = text(TestPeople.activate(mariaBrowser, maria, "nistmaria", "+13055550113"));
		assertThat(page).as("her own prepaid phone is accepted after the mail code").contains("Your account is ready");
		assertThat(RegistrationMailPathTest.account(this, "nistmaria")).containsEntry("status", "ACTIVE")
			.containsEntry("loa", 3);

		this.clock.advance(Duration.ofHours(1));
		String code = williamBrowser.latestCode(Channel.LETTER, "WILLIAM TURNER");
		williamBrowser.activationPage();
		williamBrowser.activate("sign-in",
				Map.of("username", "nistwilliam", "password", "lantern maple harbor quietly"));
		page = text(williamBrowser.activate("code", Map.of("code", code)));
		assertThat(page).contains("This activation code has expired (codes work for 10 days).");
	}

}
