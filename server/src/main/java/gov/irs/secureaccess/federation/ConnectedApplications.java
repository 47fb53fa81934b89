package gov.irs.secureaccess.federation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications a person allowed (FED-3), for the profile: listed with what each may
 * receive, and revocable. Revoking removes the consent and every authorization of that
 * application for the person, so its codes, access and refresh tokens stop working at
 * once; the next visit asks again.
 */
@Service
public class ConnectedApplications {

	/** An application the person allowed, and the scopes they allowed it. */
	public record Connected(String clientId, String name, List<String> scopes) {

		public Connected {
			scopes = List.copyOf(scopes);
		}

	}

	private final JdbcClient jdbc;

	private final RegisteredClientRepository clients;

	private final OAuth2AuthorizationConsentService consents;

	private final AuditLog audit;

	ConnectedApplications(JdbcClient jdbc, RegisteredClientRepository clients,
			OAuth2AuthorizationConsentService consents, AuditLog audit) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.consents = consents;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Connected> list(long accountId, Locale locale) {
		List<Connected> connected = new ArrayList<>();
		this.jdbc
			.sql("select registered_client_id, authorities from oauth2_authorization_consent "
					+ "where principal_name = :principal")
			.param("principal", principal(accountId))
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list()
			.forEach((row) -> {
				RegisteredClient client = this.clients.findById(row[0]);
				if (client != null) {
					List<String> scopes = Arrays.stream(row[1].split(","))
						.map(String::trim)
						.filter((authority) -> authority.startsWith("SCOPE_"))
						.map((authority) -> authority.substring("SCOPE_".length()))
						.filter(Attributes.SCOPES::contains)
						.sorted((a, b) -> Integer.compare(Attributes.SCOPES.indexOf(a), Attributes.SCOPES.indexOf(b)))
						.toList();
					connected
						.add(new Connected(client.getClientId(), Applications.displayName(client, locale), scopes));
				}
			});
		connected.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
		return connected;
	}

	/**
	 * Revokes the person's consent to the application and ends its tokens; false when
	 * there was none.
	 */
	@Transactional
	public boolean revoke(long accountId, String clientId, String sourceAddress) {
		Optional<RegisteredClient> client = Optional.ofNullable(this.clients.findByClientId(clientId));
		if (client.isEmpty()) {
			return false;
		}
		OAuth2AuthorizationConsent consent = this.consents.findById(client.get().getId(), principal(accountId));
		if (consent == null) {
			return false;
		}
		this.consents.remove(consent);
		int ended = this.jdbc
			.sql("delete from oauth2_authorization where registered_client_id = :client "
					+ "and principal_name = :principal")
			.param("client", client.get().getId())
			.param("principal", principal(accountId))
			.update();
		this.audit.record(
				AuditEvent.of(principal(accountId), "federation.consent.revoked", principal(accountId), sourceAddress)
					.with("client", clientId)
					.with("authorizations", Integer.toString(ended)));
		return true;
	}

	static String principal(long accountId) {
		return "account:" + accountId;
	}

}
