package gov.irs.secureaccess.accounts.legacy;

import java.util.List;

/**
 * The documented legacy e-Services users of the generated population
 * (docs/demo-people.md, "Demo legacy users"): demo people (by their number) with a known
 * e-Services username and password.
 */
public final class DemoLegacyUsers {

	/**
	 * One demo legacy user: which demo person, the e-Services username and password, and
	 * what to try.
	 */
	public record DemoLegacyUser(int demoPerson, String username, String password, String email, String tryThis) {
	}

	/**
	 * Alejandro Hernández Ruiz: moves online (REG-10), car loan and a mobile in his name.
	 */
	public static final DemoLegacyUser ONLINE = new DemoLegacyUser(5, "AHernandez.eFile", "Reforma-250-eServices",
			"alejandro.hernandez@example.test",
			"Sign in at /sign-in: financial step (car loan), text code, new password (REG-10)");

	/**
	 * Tyler Begay: no credit file, so the online move stops at the financial step; the
	 * e-Help Desk moves him (AST-1, AST-2).
	 */
	public static final DemoLegacyUser HELP_DESK = new DemoLegacyUser(11, "TBegay.ERO", "Cottonwood-7-eServices",
			"tyler.begay@example.test",
			"No credit file: the online move cannot pass the financial step; exception processing by the e-Help Desk (AST-1, AST-2)");

	/**
	 * Marcus J Lee: register him at /register first, then sign in with his e-Services
	 * username to merge (REG-11).
	 */
	public static final DemoLegacyUser MERGE = new DemoLegacyUser(2, "MLee.Preparer", "PineStreet-2200-eServices",
			"marcus.lee@example.test",
			"Register him at /register first (any username), then sign in with the e-Services username: the accounts merge (REG-11)");

	public static final List<DemoLegacyUser> ALL = List.of(ONLINE, HELP_DESK, MERGE);

	/**
	 * PBKDF2 iterations of the generated legacy hashes: a legacy scheme, kept cheap so
	 * the first start stays fast.
	 */
	static final int DEMO_ITERATIONS = 10_000;

	static final int GENERATED_ITERATIONS = 1_000;

	private DemoLegacyUsers() {
	}

}
