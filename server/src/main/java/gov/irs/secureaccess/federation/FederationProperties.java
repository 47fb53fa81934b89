package gov.irs.secureaccess.federation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OpenID Connect provider's settings (FED-2).
 *
 * @param issuer the issuer identifier: the URL applications use for discovery
 * ({@code <issuer>/.well-known/openid-configuration}); must be the address the service is
 * reached at
 * @param keyRotation a new signing key is made this long after the current one (the
 * previous one stays published)
 * @param keyRetention a superseded key stays in the JWKS this long, at least the life of
 * the longest token it signed (ID tokens live 30 minutes, access tokens
 * {@code accessTokenLifetime})
 * @param keyPrepublication the next signing key is published this long before it begins
 * to sign, so that applications' cached JWKS and the other nodes hold it before its first
 * token (shorter than {@code keyRotation})
 * @param accessTokenLifetime life of an access token (a signed JWT)
 * @param refreshTokenLifetime life of a refresh token; each use gives a new one and ends
 * the old one
 * @param codeLifetime life of an authorization code (used once)
 * @param portal the portal's applications, registered on first start in embedded mode
 * @param registerClient an application definition (JSON file) to register or update; the
 * service then exits
 * @param rotateSigningKey true: make a new signing key now (the previous one stays
 * published for {@code keyRetention}); the service then exits
 */
@ConfigurationProperties("secure-access.federation")
public record FederationProperties(@DefaultValue("http://localhost:8080") String issuer,
		@DefaultValue("P30D") Duration keyRotation, @DefaultValue("PT1H") Duration keyRetention,
		@DefaultValue("PT15M") Duration keyPrepublication, @DefaultValue("PT10M") Duration accessTokenLifetime,
		@DefaultValue("PT12H") Duration refreshTokenLifetime, @DefaultValue("PT5M") Duration codeLifetime,
		@DefaultValue Portal portal, String registerClient, boolean rotateSigningKey) {

	public FederationProperties {
		if (keyRetention.compareTo(Duration.ofMinutes(30)) < 0 || keyRetention.compareTo(accessTokenLifetime) < 0) {
			throw new IllegalArgumentException("secure-access.federation.key-retention must be at least 30 minutes "
					+ "(the life of an ID token) and at least access-token-lifetime");
		}
		if (keyRotation.compareTo(keyRetention) <= 0) {
			throw new IllegalArgumentException(
					"secure-access.federation.key-rotation must be longer than key-retention");
		}
		if (keyPrepublication.isNegative() || keyPrepublication.compareTo(keyRotation) >= 0) {
			throw new IllegalArgumentException(
					"secure-access.federation.key-prepublication must be at least 0 and shorter than key-rotation");
		}
		if (issuer.endsWith("/")) {
			issuer = issuer.substring(0, issuer.length() - 1);
		}
		if (!secureOrLoopback(issuer)) {
			throw new IllegalArgumentException("secure-access.federation.issuer must be an https URL without query or "
					+ "fragment (OpenID Connect Discovery 3; http only on localhost): " + issuer);
		}
	}

	/** https, or http on a loopback address (development); never a query or fragment. */
	static boolean secureOrLoopback(String issuer) {
		try {
			URI uri = new URI(issuer);
			String host = (uri.getHost() != null) ? uri.getHost() : "";
			boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
			return uri.getQuery() == null && uri.getFragment() == null && !host.isEmpty()
					&& ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && loopback));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * The portal (one Spring Boot app hosting several applications, FED-1).
	 *
	 * @param baseUrl where the portal is served; its redirect URIs are
	 * {@code <baseUrl>/login/oauth2/code/<client-id>}
	 * @param clientSecret the secret of every portal client (embedded mode only; the
	 * default is for development)
	 */
	public record Portal(@DefaultValue("http://localhost:8081") String baseUrl,
			@DefaultValue("dev-portal-secret") String clientSecret) {

	}

}
