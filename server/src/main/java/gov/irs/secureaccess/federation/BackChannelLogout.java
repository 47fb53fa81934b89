package gov.irs.secureaccess.federation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.Outbox;
import gov.irs.secureaccess.messaging.OutgoingMessage;
import gov.irs.secureaccess.session.SessionsEnded;
import gov.irs.secureaccess.signin.SigninProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OpenID Connect Back-Channel Logout 1.0 at the provider (FED-2). When a sign-in session
 * is ended (sign-out here, RP-initiated logout, or every session of an account ended: a
 * password change or reset, an assistor's lock), in one transaction: every authorization
 * the session gave an ID token to is removed, so its access and refresh tokens stop
 * working at once (section 2.7: no refresh token here outlives its session's logout,
 * there is no offline_access), and each application of the session that registered a
 * {@code backchannel_logout_uri} gets a logout token queued in the outbox
 * ({@link LogoutTokenDelivery} sends it), one per application and session, so a restart
 * loses none.
 */
@Service
public class BackChannelLogout {

	static final String TEMPLATE = "federation.backchannel-logout";

	private final SessionAuthorizations sessions;

	private final OAuth2AuthorizationService authorizations;

	private final RegisteredClientRepository clients;

	private final SubjectAccounts subjects;

	private final Outbox outbox;

	private final AuditLog audit;

	private final SigninProperties signin;

	private final JsonMapper json = JsonMapper.builder().build();

	BackChannelLogout(SessionAuthorizations sessions, OAuth2AuthorizationService authorizations,
			RegisteredClientRepository clients, SubjectAccounts subjects, Outbox outbox, AuditLog audit,
			SigninProperties signin) {
		this.sessions = sessions;
		this.authorizations = authorizations;
		this.clients = clients;
		this.subjects = subjects;
		this.outbox = outbox;
		this.audit = audit;
		this.signin = signin;
	}

	@EventListener
	@Transactional
	public void onSessionsEnded(SessionsEnded ended) {
		ended.sessionIds().forEach((sid) -> sessionEnded(sid, ended.reason()));
	}

	/**
	 * The session {@code sid} was ended: its applications are told and its tokens end.
	 */
	@Transactional
	public void sessionEnded(String sid, String reason) {
		List<SessionAuthorizations.Entry> entries = this.sessions.takeSession(sid);
		Map<String, SessionAuthorizations.Entry> perClient = new LinkedHashMap<>();
		for (SessionAuthorizations.Entry entry : entries) {
			OAuth2Authorization authorization = this.authorizations.findById(entry.authorizationId());
			if (authorization != null) {
				this.authorizations.remove(authorization);
			}
			perClient.putIfAbsent(entry.clientId(), entry);
		}
		perClient.values().forEach((entry) -> notify(entry, reason));
	}

	private void notify(SessionAuthorizations.Entry entry, String reason) {
		RegisteredClient client = this.clients.findByClientId(entry.clientId());
		String uri = (client != null) ? Applications.backchannelLogoutUri(client).orElse(null) : null;
		String account = "account:" + entry.accountId();
		if (uri != null) {
			Map<String, String> token = Map.of("client_id", entry.clientId(), "sub",
					this.subjects.subjectFor(entry.clientId(), entry.accountId()), "sid", entry.sid());
			this.outbox.enqueue(new OutgoingMessage(Channel.BACKCHANNEL_LOGOUT, TEMPLATE, uri, entry.clientId(),
					this.json.writeValueAsString(token), "backchannel-logout:" + entry.clientId() + ":" + entry.sid()));
		}
		this.audit.record(AuditEvent.of(account, "federation.logout", account, null)
			.with("client", entry.clientId())
			.with("reason", reason)
			.with("backchannel", (uri != null) ? "queued" : "none registered"));
	}

	/**
	 * Forgets sessions that ended without being ended (they expired): older than twice
	 * the longest a sign-in lasts (SIGN-6), as a session keeps its {@code sid} when the
	 * same person signs in again.
	 */
	@Scheduled(fixedDelayString = "${secure-access.federation.session-purge-interval:PT1H}",
			initialDelayString = "PT10M")
	public void purgeExpired() {
		this.sessions.purgeOlderThan(this.signin.absoluteSessionLifetime().multipliedBy(2));
	}

}
