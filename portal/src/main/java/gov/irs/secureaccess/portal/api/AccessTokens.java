package gov.irs.secureaccess.portal.api;

import java.util.Optional;

/**
 * The signed-in user's access token for the server's API: that of the OAuth2 authorized
 * client of the application the user signed in to (Spring Security OAuth2 client,
 * {@code signin.AuthorizedClientAccessTokens}); none when nobody is signed in.
 */
@FunctionalInterface
public interface AccessTokens {

	Optional<String> current();

}
