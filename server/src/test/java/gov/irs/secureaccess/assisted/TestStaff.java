package gov.irs.secureaccess.assisted;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.signin.SigninDriver;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Staff accounts made for tests (an app with a known secret, a password that is not
 * temporary), and their sign-in.
 */
public final class TestStaff {

	public static final String PASSWORD = "quiet harbor desk lantern";

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	public record Made(long id, String username, String secret) {
	}

	private TestStaff() {
	}

	public static Made create(StaffAccounts staff, PasswordHasher hasher, StaffRole role) {
		String username = role.name().toLowerCase(Locale.ROOT) + ".staff" + NEXT.getAndIncrement();
		StaffAccounts.Enrolment enrolment = staff.create(username, role, username + "@staff.example.test", "Kim",
				"Officer", PASSWORD, hasher.hash(PASSWORD), false, null, "test");
		return new Made(enrolment.accountId(), username, enrolment.app().manualEntryKey().replace(" ", ""));
	}

	/**
	 * Username, password and the app's current code: answers the last response (a
	 * redirect to the landing page).
	 */
	public static MockHttpServletResponse signIn(SigninDriver browser, Made staff, Instant now) throws Exception {
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", staff.username()));
		browser.submit("password", Map.of("password", PASSWORD));
		return browser.submit("code", Map.of("code", totp(staff.secret(), now)));
	}

	public static String totp(String base32, Instant at) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		int code = generator.generateOneTimePassword(new SecretKeySpec(base32Decode(base32), "HmacSHA1"), at);
		return String.format(Locale.ROOT, "%06d", code);
	}

	private static byte[] base32Decode(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : text.replace(" ", "").toUpperCase(Locale.ROOT).toCharArray()) {
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
