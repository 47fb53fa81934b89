package gov.irs.secureaccess.federation;

import java.util.List;

import gov.irs.secureaccess.platform.db.ConditionalOnEmbeddedMode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Embedded mode (development and demos): on first start, the portal's applications
 * (FED-1) are registered, one client per application so that subjects and consent are per
 * application. Each is confidential ({@code client_secret_basic}, the development secret
 * of {@code secure-access.federation.portal.client-secret}) and uses PKCE too, and
 * receives logout tokens at {@code <portal>/logout/connect/back-channel/<client-id>}
 * (Spring Security's OpenID Connect Back-Channel Logout endpoint). An application that
 * exists is left as it is. With an external database, applications are registered with
 * the register-client command instead.
 */
@Component
@ConditionalOnEmbeddedMode
@Order(10)
class PortalApplications implements ApplicationRunner {

	/**
	 * The tax applications' scopes; the document drop only sends (FED-5) and receives no
	 * attribute.
	 */
	static final List<String> TAX_SCOPES = List.of("openid", "profile", "email", "taxdata.read");

	/**
	 * TIN Matching reads no one's tax data: it checks name/TIN pairs a tax professional
	 * sends (FED-1).
	 */
	static final List<String> TIN_MATCHING_SCOPES = List.of("openid", "profile", "email", "tin.match");

	static final List<String> TAX_ATTRIBUTES = List.of("given_name", "family_name", "email", "identity_verified");

	private final Applications applications;

	private final FederationProperties properties;

	PortalApplications(Applications applications, FederationProperties properties) {
		this.applications = applications;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (ApplicationDefinition definition : definitions()) {
			if (this.applications.find(definition.clientId()).isEmpty()) {
				this.applications.register(definition, "system");
			}
		}
	}

	List<ApplicationDefinition> definitions() {
		return List.of(tax("get-transcript", "Get Transcript Online", "Obtener transcripción en línea", "loa-3"),
				tax("ip-pin", "Get an IP PIN", "Obtener un IP PIN", "loa-3"),
				tax("online-account", "Online Account (View Balance)", "Cuenta en línea (ver saldo)", "loa-3"),
				tax("payment-agreement", "Online Payment Agreement", "Plan de pagos en línea", "loa-2"),
				application("tin-matching", "e-Services TIN Matching", "e-Services: verificación de TIN", "loa-3",
						TIN_MATCHING_SCOPES, TAX_ATTRIBUTES),
				application("document-drop", "Document Upload", "Envío de documentos", "loa-1",
						List.of("openid", "documents.write"), List.of()));
	}

	private ApplicationDefinition tax(String clientId, String name, String nameEs, String level) {
		return application(clientId, name, nameEs, level, TAX_SCOPES, TAX_ATTRIBUTES);
	}

	private ApplicationDefinition application(String clientId, String name, String nameEs, String level,
			List<String> scopes, List<String> attributes) {
		String base = this.properties.portal().baseUrl();
		return new ApplicationDefinition(clientId, name, nameEs, List.of(base + "/login/oauth2/code/" + clientId),
				List.of(base + "/"), level, scopes, attributes, this.properties.portal().clientSecret(),
				base + "/logout/connect/back-channel/" + clientId, List.of("client_secret_basic"), true);
	}

}
