package gov.irs.secureaccess.federation;

import java.util.Optional;

/**
 * Pairwise subject identifiers (FED-2): the {@code sub} an application receives for a
 * person is its own, stable for that person and application and different for every other
 * application, so two applications cannot correlate their users. A resource server (the
 * {@code /api/**} of the applications) maps an access token's {@code sub} and {@code aud}
 * (the client id) back to the account here.
 */
public interface SubjectAccounts {

	/** The account behind a subject the application {@code clientId} received, if any. */
	Optional<Long> accountFor(String clientId, String subject);

	/**
	 * The subject of an account for the application {@code clientId} (made on first use,
	 * then always the same).
	 */
	String subjectFor(String clientId, long accountId);

}
