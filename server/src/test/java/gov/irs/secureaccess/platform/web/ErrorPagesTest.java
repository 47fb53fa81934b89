package gov.irs.secureaccess.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import gov.irs.secureaccess.accounts.password.PasswordHashingBusyException;
import gov.irs.secureaccess.support.RunningServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages through the real servlet container's error dispatch (MockMvc does not do
 * error dispatch).
 */
@RunningServerTest
@Import(ErrorPagesTest.FailingEndpointConfiguration.class)
class ErrorPagesTest {

	static final String SECRET_DETAIL = "SSN 666-12-3456 did not match the tax record";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	// DATA-3: no exception message, class name or stack trace on an error page.
	@Test
	void whenControllerThrows_thenFriendly500PageWithoutExceptionDetails() throws Exception {
		HttpResponse<String> response = get("/test-only/failure", "text/html", null);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body())
			.contains("Something went wrong on our side", "Error code: 500", "<main id=\"main-content\"", "href=\"/\"")
			.doesNotContain(SECRET_DETAIL, "666-12-3456", "IllegalStateException", "FailingController", "java.lang",
					"gov.irs.secureaccess", "\tat ", "/test-only/failure");
	}

	// DESIGN "Speed": a full password-hashing pool answers 503 with Retry-After at once,
	// never a 500.
	@Test
	void whenThePasswordHashingPoolIsFull_then503WithRetryAfterAndAPlainMessage() throws Exception {
		HttpResponse<String> response = get("/test-only/busy", "text/html", null);

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
		assertThat(response.body()).contains("Our service is very busy", "nothing you entered has been lost")
			.doesNotContain("PasswordHashingBusyException");
	}

	// DATA-3, for clients that ask for JSON.
	@Test
	void whenControllerThrowsForJsonClient_thenNoExceptionDetailsEither() throws Exception {
		HttpResponse<String> response = get("/test-only/failure", "application/json", null);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain(SECRET_DETAIL, "666-12-3456", "IllegalStateException", "trace",
				"java.lang");
	}

	@Test
	void whenPageDoesNotExist_then404PageInTheChosenLanguageWithLinkHome() throws Exception {
		HttpResponse<String> english = get("/register/no-such-step", "text/html", null);
		HttpResponse<String> spanish = get("/register/no-such-step?lang=es", "text/html", null);

		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("<html lang=\"en\">", "Page not found", "Error code: 404",
				"Go to the Secure Access home page");
		assertThat(spanish.statusCode()).isEqualTo(404);
		assertThat(spanish.body()).contains("<html lang=\"es\">", "No se encontró la página", "Código de error: 404");
	}

	@Test
	void whenLanguageCookieIsSpanish_thenErrorPageInSpanish() throws Exception {
		HttpResponse<String> response = get("/profile/history", "text/html", "secure-access-lang=es");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("<html lang=\"es\">", "No puede usar esta página", "Código de error: 403");
	}

	@Test
	void whenMethodNotAllowed_then405Page() throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/test-only/failure")).header("Accept", "text/html").DELETE().build());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("This page can’t be used that way", "Error code: 405");
	}

	@Test
	void whenErrorPageServed_thenItCarriesTheSecurityHeaders() throws Exception {
		HttpResponse<String> response = get("/register/no-such-step", "text/html", null);

		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'"));
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	private HttpResponse<String> get(String path, String accept, String cookie)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingEndpointConfiguration {

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

		/**
		 * Lets anonymous test requests, of any method, reach the failing endpoint; the
		 * service's own chain handles everything else, including the error dispatch to
		 * /error.
		 */
		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		SecurityFilterChain testOnlyFilterChain(HttpSecurity http) throws Exception {
			http.securityMatcher("/test-only/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable());
			return http.build();
		}

	}

	@RestController
	static class FailingController {

		@GetMapping("/test-only/failure")
		String fail() {
			throw new IllegalStateException(SECRET_DETAIL);
		}

		@GetMapping("/test-only/busy")
		String busy() {
			throw new PasswordHashingBusyException(Duration.ofSeconds(2));
		}

	}

}
