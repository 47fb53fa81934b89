package gov.irs.secureaccess.federation;

import java.util.Optional;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * {@code id_token_hint} (OIDC Core 3.1.2.1): an ID token this provider issued to the
 * application, expired or not, naming the person the application expects. Its signature
 * is checked against the published keys (the current and, for an hour after a rotation,
 * the previous one), its {@code iss} and that its {@code aud} is the application; then
 * whether its pairwise {@code sub} is the person signed in.
 */
@Component
class IdTokenHints {

	private final NimbusJwtDecoder decoder;

	private final SubjectAccounts subjects;

	IdTokenHints(JWKSource<SecurityContext> keys, FederationProperties properties, SubjectAccounts subjects) {
		this.decoder = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		// An expired ID token is still a good hint: only who issued it counts, not its
		// times.
		this.decoder.setJwtValidator(new JwtIssuerValidator(properties.issuer()));
		this.subjects = subjects;
	}

	/**
	 * Whether the hint names this account for this application; empty when it is not an
	 * ID token of ours for the application (forged, for another application, or signed by
	 * a key no longer published).
	 */
	Optional<Boolean> namesAccount(String hint, String clientId, long accountId) {
		Jwt token;
		try {
			token = this.decoder.decode(hint);
		}
		catch (JwtException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (token.getAudience() == null || !token.getAudience().contains(clientId)) {
			return Optional.empty();
		}
		return Optional.of(this.subjects.subjectFor(clientId, accountId).equals(token.getSubject()));
	}

}
