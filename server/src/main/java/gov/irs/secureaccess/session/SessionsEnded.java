package gov.irs.secureaccess.session;

import java.util.List;

/**
 * Published (a Spring application event, in the thread that ended them) when signed-in
 * sessions are ended on purpose: the person signed out, or every session of an account
 * was ended (a password change or reset, an assistor's lock). The applications those
 * sessions signed into are told (federation: OpenID Connect Back-Channel Logout). A
 * session that merely expires is not ended on purpose and publishes nothing.
 *
 * @param sessionIds the ended sessions' OpenID Connect session ids
 * ({@link SigninAssurance#SESSION_ID})
 * @param reason {@code sign-out} or {@code sessions-ended}, for the audit log
 */
public record SessionsEnded(List<String> sessionIds, String reason) {

	public SessionsEnded {
		sessionIds = List.copyOf(sessionIds);
	}

}
