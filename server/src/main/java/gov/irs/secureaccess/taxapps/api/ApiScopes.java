package gov.irs.secureaccess.taxapps.api;

/** The OAuth scopes of the tax applications' API. */
public final class ApiScopes {

	/**
	 * Read the caller's own tax data (transcripts, IP PIN, balance) and set up a payment
	 * agreement.
	 */
	public static final String TAX_DATA_READ = "taxdata.read";

	/** Send documents through the document drop. */
	public static final String DOCUMENTS_WRITE = "documents.write";

	/** Run TIN Matching (e-Services, tax professionals). */
	public static final String TIN_MATCH = "tin.match";

	private ApiScopes() {
	}

}
