package gov.irs.secureaccess.signin;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.factors.totp.AuthenticatorApps;
import gov.irs.secureaccess.factors.totp.Provisioning;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second factor at sign-in: the authenticator app (SIGN-3), the choice of factor, new
 * texted codes (SIGN-2).
 */
@IntegrationTest
@AutoConfigureMockMvc
class SigninSecondFactorTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	AuthenticatorApps apps;

	@Autowired
	MutableClock clock;

	@Test
	void SIGN_3_whenTheAccountHasAnApp_thenItsCurrentCodeSignsInOnceAndNoTextIsSent() throws Exception {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "sign3");
		String secret = enrol(account.id());
		long textsBefore = texts(account.phone());

		SigninDriver browser = atCode(account);
		assertThat(browser.page("/sign-in")).contains("authenticator app").contains("Text me a code instead");
		this.clock.advance(Duration.ofSeconds(30));
		String code = totp(secret);

		assertThat(browser.submit("code", Map.of("code", code)).getRedirectedUrl()).isEqualTo("/account");
		assertThat(texts(account.phone())).isEqualTo(textsBefore);

		SigninDriver replay = atCode(account);
		assertThat(replay.submitAndShow("code", Map.of("code", code))).contains("That code was already used");
	}

	@Test
	void SIGN_3_whenTheCodeIsTwoStepsOld_thenItIsRefused() throws Exception {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "sign3old");
		String secret = enrol(account.id());
		this.clock.advance(Duration.ofSeconds(30));
		String code = totp(secret);
		this.clock.advance(Duration.ofSeconds(60));

		assertThat(atCode(account).submitAndShow("code", Map.of("code", code)))
			.contains("That is not the code we sent");
	}

	@Test
	void SIGN_2_whenThePersonWithAnAppAsksForATextInstead_thenTheTextedCodeSignsIn() throws Exception {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "sign3sms");
		enrol(account.id());
		SigninDriver browser = atCode(account);

		browser.post("/sign-in/factor?factor=sms");

		assertThat(browser.page("/sign-in")).contains("We texted a 6-digit security code");
		assertThat(browser.submit("code", Map.of("code", browser.latestSmsCode(account.phone()))).getRedirectedUrl())
			.isEqualTo("/account");
	}

	@Test
	void SIGN_2_whenNewCodesAreAsked_thenEachVoidsTheLastAndTheFourthIsRefused() throws Exception {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "sign2resend");
		SigninDriver browser = atCode(account);
		String first = browser.latestSmsCode(account.phone());

		for (int i = 0; i < 3; i++) {
			browser.post("/sign-in/resend");
			assertThat(browser.page("/sign-in")).contains("We texted you a new code");
		}
		browser.post("/sign-in/resend");
		assertThat(browser.page("/sign-in")).contains("You have asked for several new codes");
		assertThat(texts(account.phone())).isEqualTo(4);

		assertThat(browser.submitAndShow("code", Map.of("code", first))).contains("That is not the code we sent");
		assertThat(browser.submit("code", Map.of("code", browser.latestSmsCode(account.phone()))).getRedirectedUrl())
			.isEqualTo("/account");
	}

	private SigninDriver atCode(TestAccounts.Made account) throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", account.username()));
		browser.submit("password", Map.of("password", TestAccounts.PASSWORD));
		return browser;
	}

	private String enrol(long accountId) throws Exception {
		Provisioning provisioning = this.apps.begin(accountId);
		String secret = provisioning.manualEntryKey().replace(" ", "");
		this.apps.confirm(accountId, totp(secret));
		return secret;
	}

	private long texts(String phone) {
		return this.outbox.newest(1000).stream().filter((entry) -> entry.recipient().equals(phone)).count();
	}

	/**
	 * An app's code now, computed here from the secret the person typed into their app.
	 */
	private String totp(String base32) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		int code = generator.generateOneTimePassword(new SecretKeySpec(base32Decode(base32), "HmacSHA1"),
				this.clock.instant());
		return String.format(Locale.ROOT, "%06d", code);
	}

	private static byte[] base32Decode(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
