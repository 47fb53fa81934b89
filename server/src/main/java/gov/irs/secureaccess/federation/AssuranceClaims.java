package gov.irs.secureaccess.federation;

import java.time.Instant;
import java.util.Date;
import java.util.Set;

import gov.irs.secureaccess.accounts.AccountProfile;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the ID and access tokens say (FED-2, FED-3, FED-4): the pairwise {@code sub} of the application; {@code acr}
 * (the level achieved, {@link AssuranceLevel}), {@code amr} (RFC 8176) and {@code auth_time} from the sign-in the
 * application was authorized in; and, in the ID token only, the attributes the application is allowed AND the person
 * consented to (never the SSN, date of birth, address or phone). Tokens are signed with the active key, named by
 * {@code kid}. A sign-in to an application (the ID token of a code exchange) is audited.
 */
@Component
class AssuranceClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final SigningKeys keys;

	private final SubjectAccounts subjects;

	private final Accounts accounts;

	private final AuditLog audit;

	AssuranceClaims(SigningKeys keys, SubjectAccounts subjects, Accounts accounts, AuditLog audit) {
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
				// The name was proved against the IRS tax record at registration (every level starts there).
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

}
