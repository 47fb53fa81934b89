package gov.irs.secureaccess.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.support.QrDecoder;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * APP-2 after the mailed code (REG-6: "register any text-enabled phone ... and/or an
 * authenticator app"): the phone page offers an app instead; the app step shows the QR
 * code, the key and the clock reminder; its first right code activates the account at
 * LOA-3 without a phone, and the account then signs in with the app.
 */
class RegistrationMailPathAppTest extends RegistrationTestBase {

	private static final Pattern KEY = Pattern.compile("id=\"manual-key\">([A-Z2-7 ]+)<");

	private static final String PASSWORD = "lantern maple harbor quietly";

	// APP-2, REG-6, APP-1
	@Test
	void APP_2_REG_6_whenAnAppIsChosenInsteadOfAPhone_thenItsFirstCodeActivatesAtLoa3AndItSignsIn() throws Exception {
		SyntheticPerson person = this.people.ordinary(21);
		String name = person.taxRecord().name().fullName().toUpperCase(Locale.ROOT);
		RegistrationDriver browser = browser();
		this.people.registerByMail(browser, person, "app2.mail@example.test", "app2mailperson");
		String mailCode = browser.latestCode(Channel.LETTER, name);

		// No journey, or a journey not at the app step: no QR code.
		assertNoQr(browser().fetch("/register/activate/qr.png"));
		browser.activationPage();
		assertNoQr(browser.fetch("/register/activate/qr.png"));
		browser.activate("sign-in", Map.of("username", "app2mailperson", "password", PASSWORD));
		String page = text(browser.activate("code", Map.of("code", mailCode)));
		assertThat(page).contains("Register a phone for security codes").contains("Use an authenticator app instead");
		assertNoQr(browser.fetch("/register/activate/qr.png"));

		// APP-1: the QR code, the key in groups of four, the clock reminder, the code
		// field.
		page = text(browser.activationAction("/register/activate/app"));
		assertThat(page).contains("Set up your authenticator app")
			.contains("src=\"/register/activate/qr.png\"")
			.contains("The clock of your phone or tablet must be right")
			.contains("Security code from your app");
		String key = key(page);
		assertThat(key).matches("[A-Z2-7]{4}( [A-Z2-7]{4}){7}");
		MockHttpServletResponse png = browser.fetch("/register/activate/qr.png");
		assertThat(png.getStatus()).isEqualTo(200);
		assertThat(png.getContentType()).isEqualTo("image/png");
		assertThat(png.getHeader("Cache-Control")).contains("no-store");
		assertThat(decodeQr(png.getContentAsByteArray())).startsWith("otpauth://totp/Secure%20Access:app2mailperson?")
			.contains("secret=" + key.replace(" ", ""))
			.contains("issuer=Secure%20Access")
			.contains("digits=6")
			.contains("period=30");
		// Another browser without this journey gets nothing.
		assertNoQr(browser().fetch("/register/activate/qr.png"));

		// A wrong code is refused; nothing is activated.
		page = text(browser.activate("app", Map.of("code", wrongCode(key, this.clock.instant()))));
		assertThat(page).contains("That code is not right").contains("Set up your authenticator app").contains(key);
		assertThat(RegistrationMailPathTest.account(this, "app2mailperson")).containsEntry("status",
				"AWAITING_ACTIVATION");

		// The right code confirms the app and activates the account at LOA-3 without a
		// phone.
		page = text(browser.activate("app", Map.of("code", code(key, this.clock.instant()))));
		assertThat(page).contains("Your account is ready").contains("app2mailperson");
		Map<String, Object> row = RegistrationMailPathTest.account(this, "app2mailperson");
		assertThat(row).containsEntry("status", "ACTIVE")
			.containsEntry("loa", 3)
			.containsEntry("loa_evidence", "tax-record,financial,mail,app");
		assertThat(this.jdbc.sql("select phone_hash is null and phone_sealed is null from account where id = :id")
			.param("id", row.get("id"))
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.jdbc.sql("select confirmed_at is not null from authenticator_app where account_id = :id")
			.param("id", row.get("id"))
			.query(Boolean.class)
			.single()).isTrue();
		// REG-8 by letter and email; SIGN-9 "app added" by email.
		assertThat(browser.latest(Channel.LETTER, name).template()).isEqualTo("registration.proofing-notice");
		List<String> emails = this.outbox.newest(50)
			.stream()
			.filter((entry) -> entry.channel() == Channel.EMAIL && entry.recipient().contains("app2.mail@example.test"))
			.map(OutboxEntry::template)
			.toList();
		assertThat(emails).contains("registration.proofing-notice", "security-notice.authenticator_added");
		// The journey is over: its QR code is gone.
		assertNoQr(browser.fetch("/register/activate/qr.png"));

		// SIGN-3: the account signs in with its app, and is not offered a text (it has no
		// phone).
		this.clock.advance(Duration.ofSeconds(30));
		SigninDriver signin = new SigninDriver(this.mvc, this.outbox);
		signin.page("/sign-in");
		signin.submit("username", Map.of("username", "app2mailperson"));
		String codePage = text(signin.submitAndShow("password", Map.of("password", PASSWORD)));
		assertThat(codePage).contains("name=\"code\"").doesNotContain("Text me a code instead");
		assertThat(signin.submit("code", Map.of("code", code(key, this.clock.instant()))).getRedirectedUrl())
			.isEqualTo("/account");
	}

	private static void assertNoQr(MockHttpServletResponse response) {
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
	}

	private static String key(String page) {
		Matcher matcher = KEY.matcher(page);
		assertThat(matcher.find()).as("the page shows the key").isTrue();
		return matcher.group(1).strip();
	}

	/**
	 * RFC 6238 (SHA-1, 6 digits, 30 s) by java-otp from the base 32 key, independently of
	 * the server's code.
	 */
	static String code(String key, Instant at) {
		try {
			TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
			return generator.generateOneTimePasswordString(new SecretKeySpec(base32(key), "HmacSHA1"), at);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	/** Six digits that are none of the codes the server accepts around {@code at}. */
	private static String wrongCode(String key, Instant at) {
		Set<String> live = new HashSet<>();
		for (int step = -2; step <= 2; step++) {
			live.add(code(key, at.plusSeconds(30L * step)));
		}
		for (int digit = 0;; digit++) {
			String candidate = Integer.toString(digit).repeat(6);
			if (!live.contains(candidate)) {
				return candidate;
			}
		}
	}

	private static byte[] base32(String key) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		String clean = key.replace(" ", "");
		byte[] out = new byte[clean.length() * 5 / 8];
		int buffer = 0;
		int bits = 0;
		int n = 0;
		for (char c : clean.toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out[n++] = (byte) (buffer >> (bits - 8));
				bits -= 8;
			}
		}
		return out;
	}

	private static String decodeQr(byte[] png) throws Exception {
		return QrDecoder.decode(png);
	}

	// REG-9: when the steps after the mailed code are spent, the page says the code is
	// used up and where to get a new letter
	@Test
	void REG_9_whenThePhoneStepAfterTheMailedCodeIsExhausted_thenThePageSendsThePersonForANewLetter() throws Exception {
		SyntheticPerson person = this.people.ordinary(22);
		String name = person.taxRecord().name().fullName().toUpperCase(Locale.ROOT);
		RegistrationDriver browser = browser();
		this.people.registerByMail(browser, person, "reg9.newletter@example.test", "reg9newletter");
		String mailCode = browser.latestCode(Channel.LETTER, name);
		browser.activationPage();
		browser.activate("sign-in", Map.of("username", "reg9newletter", "password", PASSWORD));
		browser.activate("code", Map.of("code", mailCode));

		String page = "";
		for (int i = 0; i < 5; i++) {
			page = text(browser.activate("phone", Map.of("phone", "(202) 555-0199")));
		}

		assertThat(page).contains("Your activation code has already been used")
			.contains("1-888-841-4648")
			.doesNotContain("Come back in an hour");
	}

}
