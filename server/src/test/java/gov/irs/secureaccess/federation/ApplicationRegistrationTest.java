package gov.irs.secureaccess.federation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import gov.irs.secureaccess.audit.AuditEntry;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.support.FederationServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FED-1 and FED-4: applications as registered clients: the portal's six on first start
 * (embedded mode), one per application, each with its level; the register-client
 * command's definition file (validated, audited, updated in place); what a definition may
 * not be.
 */
@FederationServerTest
class ApplicationRegistrationTest {

	@Autowired
	Applications applications;

	@Autowired
	RegisterClientCommand command;

	@Autowired
	AuditLog audit;

	@Test
	void FED_1_whenEmbeddedModeStarts_thenThePortalApplicationsExistWithTheirLevels() {
		assertThat(level("get-transcript")).isEqualTo(AssuranceLevel.LOA_3);
		assertThat(level("ip-pin")).isEqualTo(AssuranceLevel.LOA_3);
		assertThat(level("online-account")).isEqualTo(AssuranceLevel.LOA_3);
		assertThat(level("tin-matching")).isEqualTo(AssuranceLevel.LOA_3);
		assertThat(level("payment-agreement")).isEqualTo(AssuranceLevel.LOA_2);
		assertThat(level("document-drop")).isEqualTo(AssuranceLevel.LOA_1);
		RegisteredClient transcript = this.applications.find("get-transcript").orElseThrow();
		assertThat(transcript.getRedirectUris())
			.containsExactly("http://localhost:8081/login/oauth2/code/get-transcript");
		assertThat(transcript.getClientAuthenticationMethods())
			.containsExactly(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
		assertThat(transcript.getClientSettings().isRequireProofKey()).isTrue();
		assertThat(transcript.getClientSettings().isRequireAuthorizationConsent()).isTrue();
		assertThat(transcript.getTokenSettings().isReuseRefreshTokens()).isFalse();
		assertThat(transcript.getClientSecret()).as("stored hashed").startsWith("{bcrypt}");
		RegisteredClient drop = this.applications.find("document-drop").orElseThrow();
		assertThat(drop.getScopes()).containsExactlyInAnyOrder("openid", "documents.write");
		assertThat(Applications.attributes(drop)).as("FED-5: nothing about the person").isEmpty();
	}

	@Test
	void FED_4_whenTheRegisterCommandReadsADefinition_thenAPublicClientIsRegisteredAndAudited(@TempDir Path dir)
			throws Exception {
		Path file = dir.resolve("app.json");
		Files.writeString(file, """
				{"clientId": "mobile-demo", "name": "Mobile demo", "nameEs": "Demostración móvil",
				 "redirectUris": ["https://apps.example.gov/callback"], "level": "phishing-resistant",
				 "scopes": ["openid", "profile"], "attributes": ["given_name", "family_name"]}
				""");
		assertThat(this.command.register(file)).isZero();
		RegisteredClient client = this.applications.find("mobile-demo").orElseThrow();
		assertThat(client.getClientAuthenticationMethods()).containsExactly(ClientAuthenticationMethod.NONE);
		assertThat(Applications.level(client)).isEqualTo(AssuranceLevel.PHISHING_RESISTANT);
		assertThat(Applications.attributes(client)).containsExactly("given_name", "family_name");
		assertThat(Applications.displayName(client, Locale.forLanguageTag("es"))).isEqualTo("Demostración móvil");
		assertThat(this.audit.forSubject("client:mobile-demo", 5)).extracting(AuditEntry::action)
			.contains("federation.client.registered");

		Files.writeString(file, Files.readString(file).replace("phishing-resistant", "loa-2"));
		assertThat(this.command.register(file)).isZero();
		assertThat(Applications.level(this.applications.find("mobile-demo").orElseThrow()))
			.isEqualTo(AssuranceLevel.LOA_2);
		assertThat(this.applications.find("mobile-demo").orElseThrow().getId()).isEqualTo(client.getId());

		Files.writeString(file, "{ not json");
		assertThat(this.command.register(file)).isEqualTo(2);
	}

	@Test
	void FED_4_whenADefinitionIsWrong_thenEveryProblemIsNamedAndNothingIsRegistered() {
		ApplicationDefinition bad = new ApplicationDefinition("Bad Id", "", null,
				List.of("http://apps.example.gov/callback", "https://apps.example.gov/cb#frag"), List.of(), "loa-9",
				List.of("profile", "admin"), List.of("ssn"), "short", null, null, null);
		assertThat(bad.problems()).hasSize(9);
		assertThatThrownBy(() -> this.applications.register(bad, "test")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("clientId")
			.hasMessageContaining("ssn");
		assertThat(this.applications.find("Bad Id")).isEmpty();
	}

	private AssuranceLevel level(String clientId) {
		return Applications.level(this.applications.find(clientId).orElseThrow());
	}

}
