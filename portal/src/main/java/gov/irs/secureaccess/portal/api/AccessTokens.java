package gov.irs.secureaccess.portal.api;

import java.util.Optional;

/**
 * The signed-in user's access token for the server's API. Phase 2 implements it with the OAuth2 authorized client of
 * the signed-in user (Spring Security OAuth2 client); until then there is none, and the server answers 401.
 */
@FunctionalInterface
public interface AccessTokens {

	Optional<String> current();

}
