package gov.irs.secureaccess.federation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which authorizations each sign-in session ({@code sid}) gave an ID token to (table
 * {@code federation_session_authorization}, V20), so that when the session is ended every
 * application in it can be told (Back-Channel Logout 1.0) and its tokens ended. Kept in
 * PostgreSQL like the sessions, so any node can end it.
 */
@Repository
class SessionAuthorizations {

	/** One authorization of a session. */
	record Entry(String sid, String authorizationId, String clientId, long accountId) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SessionAuthorizations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(String sid, String authorizationId, String clientId, long accountId) {
		this.jdbc.sql("""
				insert into federation_session_authorization (sid, authorization_id, client_id, account_id, created_at)
				values (:sid, :authorization, :client, :account, :now)
				on conflict do nothing
				""")
			.param("sid", sid)
			.param("authorization", authorizationId)
			.param("client", clientId)
			.param("account", accountId)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Takes (deletes and returns) the authorizations of a session that has just been
	 * ended. Any node, once.
	 */
	List<Entry> takeSession(String sid) {
		return this.jdbc.sql("""
				delete from federation_session_authorization where sid = :sid
				returning sid, authorization_id, client_id, account_id
				""").param("sid", sid).query(Entry.class).list();
	}

	/**
	 * Forgets sessions older than any session can live (they expired without being
	 * ended).
	 */
	int purgeOlderThan(Duration age) {
		return this.jdbc.sql("delete from federation_session_authorization where created_at < :before")
			.param("before", Timestamp.from(this.clock.instant().minus(age)))
			.update();
	}

}
