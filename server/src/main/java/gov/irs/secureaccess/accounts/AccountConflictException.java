package gov.irs.secureaccess.accounts;

/**
 * The account cannot be created because something that must be unique is already taken.
 */
public class AccountConflictException extends RuntimeException {

	public enum Conflict {

		USERNAME_TAKEN, PHONE_TAKEN, ALREADY_REGISTERED

	}

	private final Conflict conflict;

	public AccountConflictException(Conflict conflict) {
		super(conflict.name());
		this.conflict = conflict;
	}

	public Conflict conflict() {
		return this.conflict;
	}

}
