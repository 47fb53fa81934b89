package gov.irs.secureaccess.registration;

import java.time.Duration;
import java.util.Map;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.platform.otp.CodeCheck;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-1: the emailed confirmation code: 15 minutes, single use, a new code voids the old,
 * resends limited.
 */
class RegistrationEmailCodeTest extends RegistrationTestBase {

	@Autowired
	OneTimeCodes codes;

	private RegistrationDriver atConfirmEmail(String email) throws Exception {
		RegistrationDriver browser = browser();
		browser.start();
		String page = browser.submit("contact", Map.of("firstName", "Ada", "lastName", "Lovelace", "email", email));
		assertThat(text(page)).contains("Confirm your email").contains("It works for 15 minutes and only once.");
		return browser;
	}

	// REG-1
	@Test
	void REG_1_whenTheCodeIsTypedAt14m59s_thenItIsAcceptedOnceOnly() throws Exception {
		String email = "reg1.valid@example.test";
		RegistrationDriver browser = atConfirmEmail(email);
		String code = browser.latestCode(Channel.EMAIL, email);
		assertThat(browser.latest(Channel.EMAIL, email).body()).contains("It works for 15 minutes");

		this.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
		assertThat(browser.submit("confirm-email", Map.of("code", code))).contains("Verify your identity");

		// The same code again: the step is done (the page says so), and the code itself
		// is used up.
		String again = text(browser.submit("confirm-email", Map.of("code", code)));
		assertThat(again).contains("Verify your identity").contains(msg("register.notice.alreadyDone"));
		assertThat(this.codes.redeem(CodePurpose.EMAIL_CONFIRMATION, "registration:" + browser.journeyId(), code))
			.isEqualTo(CodeCheck.ALREADY_USED);
	}

	// REG-1
	@Test
	void REG_1_whenTheCodeIsTypedAt15m00s_thenItIsRefusedAsExpiredAndANewCodeWorks() throws Exception {
		String email = "reg1.expired@example.test";
		RegistrationDriver browser = atConfirmEmail(email);
		String code = browser.latestCode(Channel.EMAIL, email);

		this.clock.advance(Duration.ofMinutes(15));
		String page = text(browser.submit("confirm-email", Map.of("code", code)));
		assertThat(page).contains("That code has expired. Ask for a new code and enter it.")
			.contains("Confirm your email");

		assertThat(text(browser.act("/register/resend"))).contains(msg("register.notice.codeResent"));
		String fresh = browser.latestCode(Channel.EMAIL, email);
		assertThat(browser.submit("confirm-email", Map.of("code", fresh))).contains("Verify your identity");
	}

	// REG-1
	@Test
	void REG_1_whenANewCodeIsSent_thenTheOldOneNoLongerWorks() throws Exception {
		String email = "reg1.resend@example.test";
		RegistrationDriver browser = atConfirmEmail(email);
		String old = browser.latestCode(Channel.EMAIL, email);

		String page = text(browser.act("/register/resend"));
		assertThat(page).contains("We sent you a new code. Codes we sent before no longer work.");
		String fresh = browser.latestCode(Channel.EMAIL, email);
		assertThat(sentTo(Channel.EMAIL, email)).isEqualTo(2);

		if (!fresh.equals(old)) {
			page = text(browser.submit("confirm-email", Map.of("code", old)));
			assertThat(page).contains(msg("register.code.error.wrong")).contains("Confirm your email");
		}
		assertThat(browser.submit("confirm-email", Map.of("code", fresh))).contains("Verify your identity");
	}

	// REG-1: 3 new codes per 15 minutes per registration
	// (secure-access.registration.resends-per-window)
	@Test
	void REG_1_whenAFourthNewCodeIsAskedWithin15Minutes_thenItIsRefusedWithTheWaitMessage() throws Exception {
		String email = "reg1.limit@example.test";
		RegistrationDriver browser = atConfirmEmail(email);
		for (int i = 1; i <= 3; i++) {
			this.clock.advance(Duration.ofMinutes(1));
			assertThat(text(browser.act("/register/resend"))).as("resend " + i)
				.contains(msg("register.notice.codeResent"));
		}
		String lastSent = browser.latestCode(Channel.EMAIL, email);

		this.clock.advance(Duration.ofMinutes(1));
		String page = text(browser.act("/register/resend"));
		assertThat(page)
			.containsPattern("You have asked for several new codes\\. Please wait (1 minute|([2-9]|1[0-5]) minutes) "
					+ "before asking again, or use the last code we sent\\.")
			.doesNotContain(msg("register.notice.codeResent"));
		assertThat(sentTo(Channel.EMAIL, email)).as("the first code and three new ones, no more").isEqualTo(4);

		// The last code sent still works.
		assertThat(browser.submit("confirm-email", Map.of("code", lastSent))).contains("Verify your identity");
	}

	// REG-1: asking for a code where none is sent (the contact step) costs nothing from
	// the resend allowance
	@Test
	void REG_1_whenNewCodesAreAskedBeforeAnyWasSent_thenTheAllowanceIsNotSpent() throws Exception {
		String email = "reg1.early@example.test";
		RegistrationDriver browser = browser();
		browser.start();
		for (int i = 0; i < 3; i++) {
			assertThat(browser.postAction("/register/resend").getStatus()).isEqualTo(302);
		}
		browser.submit("contact", Map.of("firstName", "Ada", "lastName", "Lovelace", "email", email));
		assertThat(text(browser.act("/register/resend"))).contains(msg("register.notice.codeResent"));
		assertThat(sentTo(Channel.EMAIL, email)).isEqualTo(2);
	}

}
