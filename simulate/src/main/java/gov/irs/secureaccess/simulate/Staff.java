package gov.irs.secureaccess.simulate;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.assisted.StaffAccounts;
import gov.irs.secureaccess.assisted.StaffRole;

/**
 * The e-Help Desk assistors and Taxpayer Assistance Center officers of the run, made as
 * the admin command makes staff (AST-4), each with an authenticator app whose secret the
 * simulation holds. Each works one case at a time in their own signed-in browser, signing
 * in with username, password and the app's code at the start of each day.
 */
final class Staff {

	/** One staff member and the browser they work in. */
	static final class Member {

		final String username;

		final String password;

		final String secret;

		Browser browser;

		long day = -1;

		Member(String username, String password, String secret) {
			this.username = username;
			this.password = password;
			this.secret = secret;
		}

	}

	private final Map<StaffRole, BlockingQueue<Member>> free = new EnumMap<>(StaffRole.class);

	private final String base;

	private final Clock clock;

	Staff(Service service, Clock clock, int perRole) {
		this.base = service.base();
		this.clock = clock;
		StaffAccounts accounts = service.bean(StaffAccounts.class);
		PasswordHasher hasher = service.bean(PasswordHasher.class);
		SecureRandom random = new SecureRandom();
		for (StaffRole role : List.of(StaffRole.ASSISTOR, StaffRole.TAC, StaffRole.ANALYST)) {
			BlockingQueue<Member> members = new LinkedBlockingQueue<>();
			for (int i = 0; i < ((role == StaffRole.ANALYST) ? 1 : perRole); i++) {
				String username = "sim." + role.name().toLowerCase(Locale.ROOT) + "." + i;
				String password = Passwords.of(random.nextLong());
				String secret = base32(random);
				accounts.create(username, role, username + "@staff.example.test", "Sim", "Staff" + i, password,
						hasher.hash(password), false, secret, "simulation");
				members.add(new Member(username, password, secret));
			}
			this.free.put(role, members);
		}
	}

	/**
	 * A member of the role, signed in today, for one case; give it back with
	 * {@link #release}.
	 */
	Member take(StaffRole role, long day) throws Exception {
		Member member = this.free.get(role).take();
		if (member.day != day) {
			member.browser = new Browser(this.base, "10.255.0." + (1 + Math.floorMod(member.username.hashCode(), 250)));
			signIn(member);
			member.day = day;
		}
		return member;
	}

	void release(StaffRole role, Member member) {
		this.free.get(role).add(member);
	}

	private void signIn(Member member) throws Exception {
		Browser browser = member.browser;
		Browser.Page page = browser.get("/sign-in");
		page = browser.submit(page, "/sign-in", Map.of("username", member.username));
		page = browser.submit(page, "/sign-in", Map.of("password", member.password));
		page = browser.submit(page, "/sign-in", Map.of("code", totp(member.secret)));
		if (!page.path().startsWith("/assist") && !page.path().startsWith("/tac")
				&& !page.path().startsWith("/insights")) {
			throw new IllegalStateException("staff sign-in failed for " + member.username + ": " + page.path() + " "
					+ page.heading() + " " + page.error());
		}
	}

	private String totp(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		int code = generator.generateOneTimePassword(new SecretKeySpec(decode(secret), "HmacSHA1"),
				this.clock.instant());
		return String.format(Locale.ROOT, "%06d", code);
	}

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static String base32(SecureRandom random) {
		StringBuilder secret = new StringBuilder();
		for (int i = 0; i < 32; i++) {
			secret.append(ALPHABET.charAt(random.nextInt(32)));
		}
		return secret.toString();
	}

	private static byte[] decode(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : text.toCharArray()) {
			buffer = (buffer << 5) | ALPHABET.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
