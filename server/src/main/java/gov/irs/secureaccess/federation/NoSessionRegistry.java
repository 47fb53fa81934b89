package gov.irs.secureaccess.federation;

import java.util.List;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/**
 * No session registry for OpenID Connect's {@code sid}: sessions live in PostgreSQL
 * (Spring Session) and are shared by every node, where an in-memory registry would know
 * only its own node's. So ID tokens carry no {@code sid}, and RP-initiated logout checks
 * the ID token hint (issued by us, for that application) and that the person signed in
 * here is the token's subject, then ends the session.
 */
final class NoSessionRegistry implements SessionRegistry {

	@Override
	public List<Object> getAllPrincipals() {
		return List.of();
	}

	@Override
	public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
		return List.of();
	}

	@Override
	public SessionInformation getSessionInformation(String sessionId) {
		return null;
	}

	@Override
	public void refreshLastRequest(String sessionId) {
	}

	@Override
	public void registerNewSession(String sessionId, Object principal) {
	}

	@Override
	public void removeSessionInformation(String sessionId) {
	}

}
