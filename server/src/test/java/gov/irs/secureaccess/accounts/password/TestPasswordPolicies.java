package gov.irs.secureaccess.accounts.password;

/**
 * One policy with the default settings, loaded once for all tests (loading the lists
 * takes about half a second).
 */
final class TestPasswordPolicies {

	private static PasswordPolicy defaults;

	private TestPasswordPolicies() {
	}

	static synchronized PasswordPolicy defaults() {
		if (defaults == null) {
			defaults = PasswordPolicy.load(PasswordSettings.defaults());
		}
		return defaults;
	}

}
