package gov.irs.secureaccess.signin;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * Ends every session of an account, on every node (sessions live in PostgreSQL): after a password reset or change
 * (SIGN-7, SIGN-9), or when an assistor locks an account.
 */
@Service
public class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** @return how many sessions were ended */
	public int endAllSessions(long accountId) {
		var found = this.sessions.findByPrincipalName("account:" + accountId);
		found.keySet().forEach(this.sessions::deleteById);
		return found.size();
	}

	/** Ends the other sessions of an account, keeping the one the person is using (a password change). */
	public int endOtherSessions(long accountId, String keepSessionId) {
		var found = this.sessions.findByPrincipalName("account:" + accountId);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keepSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
