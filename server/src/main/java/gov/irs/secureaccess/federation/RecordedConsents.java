package gov.irs.secureaccess.federation;

import java.util.stream.Collectors;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;

import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The consents (FED-3) in SAS's JDBC store, each given, changed or removed one audited
 * (who, which application, which scopes: no attribute values).
 */
final class RecordedConsents implements OAuth2AuthorizationConsentService {

	private final OAuth2AuthorizationConsentService store;

	private final RegisteredClientRepository clients;

	private final AuditLog audit;

	RecordedConsents(OAuth2AuthorizationConsentService store, RegisteredClientRepository clients, AuditLog audit) {
		this.store = store;
		this.clients = clients;
		this.audit = audit;
	}

	@Override
	public void save(OAuth2AuthorizationConsent consent) {
		this.store.save(consent);
		record("federation.consent.given", consent);
	}

	@Override
	public void remove(OAuth2AuthorizationConsent consent) {
		this.store.remove(consent);
		record("federation.consent.removed", consent);
	}

	@Override
	public OAuth2AuthorizationConsent findById(String registeredClientId, String principalName) {
		return this.store.findById(registeredClientId, principalName);
	}

	private void record(String action, OAuth2AuthorizationConsent consent) {
		var client = this.clients.findById(consent.getRegisteredClientId());
		this.audit.record(AuditEvent.of(consent.getPrincipalName(), action, consent.getPrincipalName(), null)
			.with("client", (client != null) ? client.getClientId() : consent.getRegisteredClientId())
			.with("scopes", consent.getScopes().stream().sorted().collect(Collectors.joining(" "))));
	}

}
