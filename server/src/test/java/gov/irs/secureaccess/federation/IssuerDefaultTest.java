package gov.irs.secureaccess.federation;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-2, OIDC Discovery 1.0 section 3 ("issuer ... the URL using the https scheme ...
 * that the OP asserts as its Issuer Identifier") and section 4.3 (the issuer in the
 * document must be the one discovery was asked at): with no issuer set, the service on
 * another port must not publish endpoints on 8080 that nobody answers.
 */
class IssuerDefaultTest {

	@Test
	@DisplayName("FED-2 OIDC Discovery 4.3: started with --server.port=9123 and no issuer, the issuer is http://localhost:9123")
	void FED_2_whenOnlyThePortIsGiven_thenTheIssuerIsThatPortOnLocalhost() throws IOException {
		assertThat(issuer(Map.of("server.port", "9123"))).isEqualTo("http://localhost:9123");
		assertThat(issuer(Map.of())).isEqualTo("http://localhost:8080");
		assertThat(issuer(Map.of("server.port", "9123", "secure-access.federation.issuer", "https://sa.example.gov/")))
			.isEqualTo("https://sa.example.gov");
	}

	private static String issuer(Map<String, Object> commandLine) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("command line", commandLine));
		environment.getPropertySources()
			.addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
		return Binder.get(environment).bind("secure-access.federation", FederationProperties.class).get().issuer();
	}

}
