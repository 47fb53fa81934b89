package gov.irs.secureaccess.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * Ends every session of an account, on every node (sessions live in PostgreSQL): after a
 * password reset or change (SIGN-7, SIGN-9), or when an assistor locks an account. The
 * applications those sessions signed into are told ({@link SessionsEnded}).
 */
@Service
public class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final ApplicationEventPublisher events;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions, ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.events = events;
	}

	/**
	 * Ends every session of the account, on every node.
	 * @return how many sessions were ended
	 */
	public int endAllSessions(long accountId) {
		return end(accountId, null);
	}

	/**
	 * Ends the other sessions of an account, keeping the one the person is using (a
	 * password change).
	 */
	public int endOtherSessions(long accountId, String keepSessionId) {
		return end(accountId, keepSessionId);
	}

	private int end(long accountId, String keepSessionId) {
		Map<String, ? extends Session> found = this.sessions.findByPrincipalName("account:" + accountId);
		List<String> sids = new ArrayList<>();
		int ended = 0;
		for (Map.Entry<String, ? extends Session> session : found.entrySet()) {
			if (!session.getKey().equals(keepSessionId)) {
				if (session.getValue().getAttribute(SigninAssurance.SESSION_ID) instanceof String sid) {
					sids.add(sid);
				}
				this.sessions.deleteById(session.getKey());
				ended++;
			}
		}
		if (!sids.isEmpty()) {
			this.events.publishEvent(new SessionsEnded(sids, "sessions-ended"));
		}
		return ended;
	}

}
