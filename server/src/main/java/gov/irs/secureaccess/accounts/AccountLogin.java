package gov.irs.secureaccess.accounts;

/** What signing in needs of an account: its id, its password hash, its status and its site phrase and image. */
public record AccountLogin(long id, String username, String passwordHash, AccountStatus status, String sitePhrase,
		String siteImage, String email, String firstName) {

	@Override
	public String toString() {
		return "AccountLogin[" + this.id + ", " + this.status + "]";
	}

}
