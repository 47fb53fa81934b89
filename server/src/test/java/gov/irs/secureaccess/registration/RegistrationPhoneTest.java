package gov.irs.secureaccess.registration;

import java.time.Duration;
import java.util.Map;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.platform.otp.CodeCheck;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-5: the texted code (10 minutes, single use) and which phones qualify: mobile, in
 * the name, one account.
 */
class RegistrationPhoneTest extends RegistrationTestBase {

	@Autowired
	OneTimeCodes codes;

	private RegistrationDriver atPhone(int demo, String email) throws Exception {
		RegistrationDriver browser = browser();
		this.people.toPhoneStep(browser, this.people.demo(demo), TestPeople.financial(this.people.demoAccount(demo)),
				email);
		return browser;
	}

	// REG-5: 9:59 accepted, once
	@Test
	void REG_5_whenTheTextedCodeIsTypedAt9m59s_thenItIsAcceptedOnceOnly() throws Exception {
		SyntheticPerson person = this.people.ordinary(5);
		RegistrationDriver browser = browser();
		this.people.toPhoneStep(browser, person, "reg5.valid@example.test");
		String page = text(browser.submit("phone", Map.of("phone", TestPeople.phone(person))));
		assertThat(page).contains("It works for 10 minutes and only once.");
		String code = browser.latestCode(Channel.SMS, TestPeople.e164(person));

		this.clock.advance(Duration.ofMinutes(9).plusSeconds(59));
		assertThat(browser.submit("confirm-phone", Map.of("code", code))).contains("Create your username and password")
			.doesNotContain("Secret questions");
		assertThat(text(browser.submit("confirm-phone", Map.of("code", code))))
			.contains(msg("register.notice.alreadyDone"))
			.contains("Create your username and password");
		assertThat(this.codes.redeem(CodePurpose.SMS_ACTIVATION, "registration:" + browser.journeyId(), code))
			.isEqualTo(CodeCheck.ALREADY_USED);
	}

	// REG-5: 10:00 refused as expired
	@Test
	void REG_5_whenTheTextedCodeIsTypedAt10m00s_thenItIsRefusedAsExpired() throws Exception {
		SyntheticPerson person = this.people.ordinary(6);
		RegistrationDriver browser = browser();
		this.people.toPhoneStep(browser, person, "reg5.expired@example.test");
		browser.submit("phone", Map.of("phone", TestPeople.phone(person)));
		String code = browser.latestCode(Channel.SMS, TestPeople.e164(person));

		this.clock.advance(Duration.ofMinutes(10));
		String page = text(browser.submit("confirm-phone", Map.of("code", code)));
		assertThat(page).contains("That code has expired. Ask for a new code and enter it.")
			.contains("Enter the code we texted");
	}

	// REG-5
	@Test
	void REG_5_whenThePhoneIsBilledToSomeoneElse_thenItIsRefusedAndTheMailCodeIsOffered() throws Exception {
		RegistrationDriver browser = atPhone(12, "reg5.ethan@example.test");
		long textsBefore = sentTo(Channel.SMS, "+12155550112");
		String page = text(browser.submit("phone", Map.of("phone", "(215) 555-0112")));
		assertThat(page).contains(
				"This phone is not billed in your name. Use a mobile phone in your name, or receive an activation code by mail.")
			.contains("Receive an activation code by postal mail");
		assertThat(sentTo(Channel.SMS, "+12155550112")).isEqualTo(textsBefore);
	}

	// REG-5
	@Test
	void REG_5_whenThePhoneIsPrepaid_thenItIsRefusedWithItsMessage() throws Exception {
		RegistrationDriver browser = atPhone(13, "reg5.maria@example.test");
		long textsBefore = sentTo(Channel.SMS, "+13055550113");
		String page = text(browser.submit("phone", Map.of("phone", "(305) 555-0113")));
		assertThat(page).contains(
				"Prepaid phones can’t be verified this way. You can receive an activation code by mail and add this phone afterwards.");
		assertThat(sentTo(Channel.SMS, "+13055550113")).isEqualTo(textsBefore);
	}

	// REG-5
	@Test
	void REG_5_whenThePhoneIsALandline_thenItIsRefusedWithItsMessage() throws Exception {
		RegistrationDriver browser = atPhone(14, "reg5.robert@example.test");
		long textsBefore = sentTo(Channel.SMS, "+12055550114");
		String page = text(browser.submit("phone", Map.of("phone", "(205) 555-0114")));
		assertThat(page).contains(
				"This number can’t receive text messages (it is a landline or internet phone). Use a mobile number, or receive an activation code by mail.");
		assertThat(sentTo(Channel.SMS, "+12055550114")).isEqualTo(textsBefore);
	}

	// REG-5: one phone number belongs to one account at most. The first account takes the
	// number on the mail path (any text-enabled line there), the number's owner then
	// tries it on the SMS path.
	@Test
	void REG_5_whenThePhoneIsAlreadyOnAnotherAccount_thenItIsRefused() throws Exception {
		SyntheticPerson first = this.people.ordinary(0);
		SyntheticPerson owner = this.people.ordinary(1);
		RegistrationDriver firstBrowser = browser();
		this.people.registerByMail(firstBrowser, first, "reg5.first@example.test", "reg5first");
		assertThat(TestPeople.activate(firstBrowser, first, "reg5first", TestPeople.e164(owner))).contains("reg5first");

		RegistrationDriver browser = browser();
		this.people.toPhoneStep(browser, owner, "reg5.owner@example.test");
		long textsBefore = sentTo(Channel.SMS, TestPeople.e164(owner));
		String page = text(browser.submit("phone", Map.of("phone", TestPeople.phone(owner))));
		assertThat(page).contains(
				"This phone number is already used by another Secure Access account. Use another number, or receive an activation code by mail.")
			.contains("Verify your mobile phone");
		assertThat(sentTo(Channel.SMS, TestPeople.e164(owner))).isEqualTo(textsBefore);
	}

}
