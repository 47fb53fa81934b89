package gov.irs.secureaccess.accounts;

/**
 * What signing in needs of an account: id, password hash, status, site phrase and image,
 * phone, level.
 */
public record AccountLogin(long id, String username, String passwordHash, AccountStatus status, String sitePhrase,
		String siteImage, String email, String firstName, String phoneE164, int loa) {

	@Override
	public String toString() {
		return "AccountLogin[" + this.id + ", " + this.status + "]";
	}

}
