package gov.irs.secureaccess.taxapps.documents;

/**
 * Who sends documents, with the reduced authentication FED-5 allows: an account signed in
 * at LOA-1 or more ({@code accountId}), or a person who proved an email address with an
 * emailed code ({@code email}).
 */
public record Submitter(Long accountId, String email) {

	public static Submitter account(long accountId) {
		return new Submitter(accountId, null);
	}

	public static Submitter emailed(String email) {
		return new Submitter(null, email);
	}

	@Override
	public String toString() {
		return (this.accountId != null) ? "Submitter[account:" + this.accountId + "]" : "Submitter[emailed]";
	}

}
