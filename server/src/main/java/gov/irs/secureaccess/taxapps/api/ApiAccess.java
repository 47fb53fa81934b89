package gov.irs.secureaccess.taxapps.api;

/**
 * What each application of FED-1 needs from its caller: a scope and a level of assurance
 * (FED-4). Tax data (Get Transcript, IP PIN, View Balance) and TIN Matching need LOA-3;
 * the Online Payment Agreement LOA-2 (two-factor is enough, seed 003); the document drop
 * LOA-1, since nothing flows back out (FED-5).
 */
public enum ApiAccess {

	TAX_DATA(ApiScopes.TAX_DATA_READ, 3), PAYMENT_AGREEMENT(ApiScopes.TAX_DATA_READ, 2),
	TIN_MATCHING(ApiScopes.TIN_MATCH, 3), DOCUMENTS(ApiScopes.DOCUMENTS_WRITE, 1);

	private final String scope;

	private final int loa;

	ApiAccess(String scope, int loa) {
		this.scope = scope;
		this.loa = loa;
	}

	public String scope() {
		return this.scope;
	}

	public int loa() {
		return this.loa;
	}

}
