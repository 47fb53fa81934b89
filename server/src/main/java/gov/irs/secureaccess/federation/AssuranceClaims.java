package gov.irs.secureaccess.federation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Set;

import gov.irs.secureaccess.accounts.AccountProfile;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the ID and access tokens say (FED-2, FED-3, FED-4): the pairwise {@code sub} of
 * the application; {@code acr} (the level achieved, {@link AssuranceLevel}), {@code amr}
 * (RFC 8176) and {@code auth_time} from the sign-in the application was authorized in;
 * and, in the ID token only, the attributes the application is allowed AND the person
 * consented to (never the SSN, date of birth, address or phone), the sign-in session's
 * {@code sid} (Back-Channel Logout 1.0 section 2.1) and {@code at_hash}. Tokens are
 * signed with the active key, named by {@code kid}. Each ID token's authorization is
 * remembered with its session ({@link SessionAuthorizations}), for back-channel logout. A
 * sign-in to an application (the ID token of a code exchange) is audited.
 */
@Component
class AssuranceClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final SigningKeys keys;

	private final SubjectAccounts subjects;

	private final Accounts accounts;

	private final AuditLog audit;

	private final SessionAuthorizations sessions;

	AssuranceClaims(SigningKeys keys, SubjectAccounts subjects, Accounts accounts, AuditLog audit,
			SessionAuthorizations sessions) {
		this.sessions = sessions;
		this.keys = keys;
		this.subjects = subjects;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		context.getJwsHeader().keyId(this.keys.activeKey().getKeyID());
		Authentication principal = context.getPrincipal();
		if (principal == null || !(principal.getPrincipal() instanceof FederatedSignIn signIn)) {
			return;
		}
		String clientId = context.getRegisteredClient().getClientId();
		String subject = this.subjects.subjectFor(clientId, signIn.accountId());
		context.getClaims()
			.subject(subject)
			.claim("acr", signIn.level().acr())
			.claim("amr", signIn.amr())
			.claim("auth_time", Date.from(Instant.ofEpochSecond(signIn.authTime())));
		if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			return;
		}
		if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
			return;
		}
		if (signIn.sid() != null) {
			context.getClaims().claim("sid", signIn.sid());
		}
		OAuth2Authorization authorization = context.getAuthorization();
		if (authorization != null && authorization.getAccessToken() != null) {
			context.getClaims().claim("at_hash", atHash(authorization.getAccessToken().getToken().getTokenValue()));
			if (signIn.sid() != null) {
				this.sessions.record(signIn.sid(), authorization.getId(), clientId, signIn.accountId());
			}
		}
		Set<String> released = Attributes.released(Applications.attributes(context.getRegisteredClient()),
				context.getAuthorizedScopes());
		if (!released.isEmpty()) {
			AccountProfile profile = this.accounts.profile(signIn.accountId());
			if (released.contains("given_name")) {
				context.getClaims().claim("given_name", profile.firstName());
			}
			if (released.contains("family_name")) {
				context.getClaims().claim("family_name", profile.lastName());
			}
			if (released.contains("email")) {
				context.getClaims().claim("email", profile.email()).claim("email_verified", true);
			}
			if (released.contains("identity_verified")) {
				// The name was proved against the IRS tax record at registration (every
				// level starts there).
				context.getClaims().claim("identity_verified", true);
			}
		}
		if (AuthorizationGrantType.AUTHORIZATION_CODE.equals(context.getAuthorizationGrantType())) {
			String actor = "account:" + signIn.accountId();
			this.audit.record(AuditEvent.of(actor, "federation.signin", actor, null)
				.with("client", clientId)
				.with("acr", signIn.level().acr()));
		}
	}

	/**
	 * {@code at_hash} (OIDC Core 3.1.3.6, 3.3.2.11): the left half of the SHA-256 of the
	 * access token's ASCII octets, base64url without padding (RS256 signs with SHA-256).
	 */
	static String atHash(String accessToken) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(accessToken.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, digest.length / 2));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
