package gov.irs.secureaccess.federation;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

/**
 * An application as an independent OpenID Connect library (Nimbus OAuth 2.0 SDK, not
 * Spring) sees the provider (FED-2): discovery, authentication requests with PKCE (S256),
 * nonce and state, the token endpoint with client_secret_basic, ID token validation
 * against the published JWKS.
 */
final class NimbusClient {

	/** One authentication request and what the application keeps of it. */
	record Flow(AuthenticationRequest request, CodeVerifier verifier, State state, Nonce nonce) {

		URI uri() {
			return this.request.toURI();
		}

	}

	final OIDCProviderMetadata metadata;

	final ClientID clientId;

	final Secret secret;

	final URI redirectUri;

	NimbusClient(OIDCProviderMetadata metadata, String clientId, String secret, String redirectUri) {
		this.metadata = metadata;
		this.clientId = new ClientID(clientId);
		this.secret = new Secret(secret);
		this.redirectUri = URI.create(redirectUri);
	}

	static OIDCProviderMetadata discover(String issuer) throws Exception {
		return OIDCProviderMetadata.resolve(new Issuer(issuer));
	}

	/** A portal application (embedded mode's development clients). */
	static NimbusClient portal(OIDCProviderMetadata metadata, String clientId) {
		return new NimbusClient(metadata, clientId, "dev-portal-secret",
				"http://localhost:8081/login/oauth2/code/" + clientId);
	}

	Flow start(Scope scope, String acrValues, String prompt) throws Exception {
		CodeVerifier verifier = new CodeVerifier();
		State state = new State();
		Nonce nonce = new Nonce();
		AuthenticationRequest.Builder builder = new AuthenticationRequest.Builder(ResponseType.CODE, scope,
				this.clientId, this.redirectUri)
			.endpointURI(this.metadata.getAuthorizationEndpointURI())
			.state(state)
			.nonce(nonce)
			.codeChallenge(verifier, CodeChallengeMethod.S256);
		if (acrValues != null) {
			builder.acrValues(List.of(new ACR(acrValues)));
		}
		if (prompt != null) {
			builder.prompt(Prompt.parse(prompt));
		}
		return new Flow(builder.build(), verifier, state, nonce);
	}

	Flow start() throws Exception {
		return start(new Scope("openid", "profile", "email", "taxdata.read"), null, null);
	}

	/**
	 * The authorization response the browser was redirected to (must be for this
	 * application).
	 */
	AuthorizationResponse response(HttpResponse<String> redirect) throws Exception {
		return response(FormBrowser.location(redirect));
	}

	AuthorizationResponse response(String location) throws Exception {
		if (!location.startsWith(this.redirectUri.toString())) {
			throw new AssertionError("not redirected to the application but to " + location);
		}
		return AuthorizationResponse.parse(URI.create(location));
	}

	AuthorizationCode code(Flow flow, HttpResponse<String> redirect) throws Exception {
		return code(flow, FormBrowser.location(redirect));
	}

	AuthorizationCode code(Flow flow, String location) throws Exception {
		AuthorizationResponse response = response(location);
		if (!response.indicatesSuccess()) {
			throw new AssertionError("authorization error: " + response.toErrorResponse().getErrorObject());
		}
		if (!flow.state().equals(response.getState())) {
			throw new AssertionError("state differs");
		}
		return response.toSuccessResponse().getAuthorizationCode();
	}

	TokenResponse exchange(AuthorizationCode code, CodeVerifier verifier) throws Exception {
		return token(new AuthorizationCodeGrant(code, this.redirectUri, verifier));
	}

	TokenResponse token(AuthorizationGrant grant) throws Exception {
		return OIDCTokenResponseParser.parse(new TokenRequest(this.metadata.getTokenEndpointURI(),
				new ClientSecretBasic(this.clientId, this.secret), grant)
			.toHTTPRequest()
			.send());
	}

	/**
	 * Signature (against the provider's JWKS), issuer, audience, expiry and nonce, as an
	 * application checks them.
	 */
	IDTokenClaimsSet validate(JWT idToken, Nonce nonce) throws Exception {
		URL jwks = this.metadata.getJWKSetURI().toURL();
		return new IDTokenValidator(this.metadata.getIssuer(), this.clientId, JWSAlgorithm.RS256, jwks)
			.validate(idToken, nonce);
	}

}
