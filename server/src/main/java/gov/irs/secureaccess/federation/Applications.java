package gov.irs.secureaccess.federation;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications: SAS registered clients (FED-1, FED-4) that also carry, in their
 * client settings, the level the application needs, the attributes it may receive, its
 * Spanish name and its back-channel logout address. Every application uses the
 * authorization code flow with PKCE (a confidential client may be registered without it),
 * asks the person's consent (FED-3) and gets rotating refresh tokens (a confidential
 * client only); a registration is audited.
 */
@Service
public class Applications {

	static final String LEVEL = "settings.client.secure-access.level";

	static final String ATTRIBUTES = "settings.client.secure-access.attributes";

	static final String NAME_ES = "settings.client.secure-access.name-es";

	static final String BACKCHANNEL_LOGOUT_URI = "settings.client.secure-access.backchannel-logout-uri";

	private final RegisteredClientRepository clients;

	private final FederationProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	private final PasswordEncoder secrets = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final ApplicationOrigins origins;

	Applications(RegisteredClientRepository clients, FederationProperties properties, AuditLog audit, Clock clock,
			ApplicationOrigins origins) {
		this.origins = origins;
		this.clients = clients;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<RegisteredClient> find(String clientId) {
		return Optional.ofNullable(this.clients.findByClientId(clientId));
	}

	/**
	 * Registers the application, or updates it when the client id exists (its tokens and
	 * consents stay). Refused with {@link IllegalArgumentException} naming every problem.
	 */
	@Transactional
	public RegisteredClient register(ApplicationDefinition definition, String actor) {
		List<String> problems = definition.problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems));
		}
		RegisteredClient existing = this.clients.findByClientId(definition.clientId());
		RegisteredClient.Builder builder = RegisteredClient
			.withId((existing != null) ? existing.getId() : UUID.randomUUID().toString())
			.clientId(definition.clientId())
			.clientIdIssuedAt((existing != null) ? existing.getClientIdIssuedAt() : this.clock.instant())
			.clientName(definition.name())
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris((uris) -> uris.addAll(definition.redirectUris()))
			.postLogoutRedirectUris((uris) -> uris.addAll(definition.postLogoutRedirectUris()))
			.scopes((scopes) -> scopes.addAll(definition.scopes()))
			.clientSettings(clientSettings(definition))
			.tokenSettings(TokenSettings.builder()
				.authorizationCodeTimeToLive(this.properties.codeLifetime())
				.accessTokenTimeToLive(this.properties.accessTokenLifetime())
				.refreshTokenTimeToLive(this.properties.refreshTokenLifetime())
				.reuseRefreshTokens(false)
				.build());
		definition.authenticationMethods()
			.forEach((method) -> builder.clientAuthenticationMethod(new ClientAuthenticationMethod(method)));
		if (definition.confidential()) {
			builder.clientSecret(this.secrets.encode(definition.clientSecret()))
				.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN);
		}
		RegisteredClient client = builder.build();
		this.clients.save(client);
		this.origins.refresh();
		this.audit.record(AuditEvent
			.of(actor, (existing != null) ? "federation.client.updated" : "federation.client.registered",
					"client:" + client.getClientId(), null)
			.with("level", definition.assuranceLevel().acr())
			.with("type", definition.confidential() ? "confidential" : "public"));
		return client;
	}

	private static ClientSettings clientSettings(ApplicationDefinition definition) {
		ClientSettings.Builder settings = ClientSettings.builder()
			.requireProofKey(definition.requiresProofKey())
			.requireAuthorizationConsent(true)
			.setting(LEVEL, definition.assuranceLevel().acr())
			.setting(ATTRIBUTES, String.join(" ", definition.attributes()))
			.setting(NAME_ES, (definition.nameEs() != null && !definition.nameEs().isBlank()) ? definition.nameEs()
					: definition.name());
		if (definition.backchannelLogoutUri() != null) {
			settings.setting(BACKCHANNEL_LOGOUT_URI, definition.backchannelLogoutUri());
		}
		return settings.build();
	}

	/**
	 * Where the application receives logout tokens (Back-Channel Logout 1.0), if it
	 * registered an address.
	 */
	public static Optional<String> backchannelLogoutUri(RegisteredClient client) {
		Object value = client.getClientSettings().getSetting(BACKCHANNEL_LOGOUT_URI);
		return (value instanceof String uri && !uri.isBlank()) ? Optional.of(uri) : Optional.empty();
	}

	/** The level the application needs (its floor for every request). */
	public static AssuranceLevel level(RegisteredClient client) {
		Object value = client.getClientSettings().getSetting(LEVEL);
		return (value instanceof String acr) ? AssuranceLevel.ofAcr(acr).orElse(AssuranceLevel.LOA_3)
				: AssuranceLevel.LOA_3;
	}

	/** The attributes the application may receive. */
	public static Set<String> attributes(RegisteredClient client) {
		Object value = client.getClientSettings().getSetting(ATTRIBUTES);
		if (!(value instanceof String text) || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.trim().split("\\s+")).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The name people see, in their language. */
	public static String displayName(RegisteredClient client, Locale locale) {
		Object spanish = client.getClientSettings().getSetting(NAME_ES);
		if ("es".equals(locale.getLanguage()) && spanish instanceof String name) {
			return name;
		}
		return client.getClientName();
	}

}
