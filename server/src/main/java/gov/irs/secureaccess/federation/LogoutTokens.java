package gov.irs.secureaccess.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Component;

/**
 * Logout tokens (OpenID Connect Back-Channel Logout 1.0 section 2.4): a JWT signed like
 * the ID tokens (RS256, the active key, {@code kid}), explicitly typed
 * {@code logout+jwt}, with {@code iss}, {@code aud} (the application), {@code iat},
 * {@code exp}, {@code jti}, the application's pairwise {@code sub}, the session's
 * {@code sid} and the back-channel logout event; never a {@code nonce}. Made when it is
 * sent, so that {@code iat} and a short {@code exp} are true even when delivery waited;
 * times from the system clock, as for every token Spring's server issues.
 */
@Component
class LogoutTokens {

	static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

	static final Duration LIFETIME = Duration.ofMinutes(2);

	private final SigningKeys keys;

	private final FederationProperties properties;

	LogoutTokens(SigningKeys keys, FederationProperties properties) {
		this.keys = keys;
		this.properties = properties;
	}

	String sign(String clientId, String subject, String sid, String jti) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(this.properties.issuer())
			.audience(clientId)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(LIFETIME)))
			.jwtID(jti)
			.subject(subject)
			.claim("events", Map.of(EVENT, Map.of()));
		if (sid != null) {
			claims.claim("sid", sid);
		}
		RSAKey key = this.keys.activeKey();
		SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
			.type(new JOSEObjectType("logout+jwt"))
			.build(), claims.build());
		try {
			token.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("The logout token could not be signed", ex);
		}
		return token.serialize();
	}

}
