package gov.irs.secureaccess.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import gov.irs.secureaccess.support.RunningServerTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy (docs/platform.md, "Behind a proxy"): {@code X-Forwarded-Proto} and
 * {@code X-Forwarded-Host} are believed only as configured
 * ({@code server.forward-headers-strategy}). By default ({@code none}) no header is
 * trusted; with {@code native} (Tomcat's {@code RemoteIpValve}) only from a proxy on an
 * address that {@code server.tomcat.remoteip.internal-proxies} names. What they change is
 * seen through the real container: the CSRF cookie is {@code Secure} only over HTTPS, and
 * a refused form goes back to a same-site {@code Referer} only when its host is the
 * request's. The issuer the applications trust never follows a header (FED-2).
 */
class ForwardedHeadersTest {

	private static final String PROXY_HOST = "login.proxy.example";

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Nested
	@RunningServerTest
	class ByDefault {

		@LocalServerPort
		int port;

		@Test
		void FED_2_whenNoStrategyIsConfigured_thenForwardedProtoAndHostAreIgnored() throws Exception {
			assertThat(csrfCookie(this.port)).doesNotContainIgnoringCase("Secure");
			assertThat(refusedFormGoesBackTo(this.port)).isEqualTo("/sign-in?refused=characters");
			assertThat(issuer(this.port)).isEqualTo("\"issuer\":\"http://localhost:8080\"");
		}

	}

	@Nested
	@RunningServerTest
	@TestPropertySource(properties = "server.forward-headers-strategy=native")
	class BehindAProxy {

		@LocalServerPort
		int port;

		@Test
		void FED_2_whenTheProxyIsOnAnInternalAddress_thenItsProtoAndHostAreBelieved_butNotForTheIssuer()
				throws Exception {
			assertThat(csrfCookie(this.port)).containsIgnoringCase("; Secure");
			assertThat(refusedFormGoesBackTo(this.port)).isEqualTo("/register?step=1&refused=characters");
			assertThat(issuer(this.port)).isEqualTo("\"issuer\":\"http://localhost:8080\"");
		}

	}

	@Nested
	@RunningServerTest
	@TestPropertySource(properties = { "server.forward-headers-strategy=native",
			"server.tomcat.remoteip.internal-proxies=10\\\\.9\\\\.9\\\\.9" })
	class FromAnAddressThatIsNotTheProxys {

		@LocalServerPort
		int port;

		@Test
		void FED_2_whenTheSenderIsNotAConfiguredProxy_thenItsForwardedHeadersAreIgnored() throws Exception {
			assertThat(csrfCookie(this.port)).doesNotContainIgnoringCase("Secure");
			assertThat(refusedFormGoesBackTo(this.port)).isEqualTo("/sign-in?refused=characters");
		}

	}

	/** The CSRF cookie of the sign-in page asked for as if over HTTPS at the proxy. */
	private static String csrfCookie(int port) throws IOException, InterruptedException {
		HttpResponse<String> page = HTTP.send(forwarded(port, "/sign-in").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		List<String> cookies = page.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter((cookie) -> cookie.startsWith(SecurityConfiguration.CSRF_COOKIE + "="))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Where a form holding a NUL is sent back to (InputGuard) when its Referer is the
	 * proxy's page.
	 */
	private static String refusedFormGoesBackTo(int port) throws IOException, InterruptedException {
		HttpRequest post = forwarded(port, "/sign-in").header("Content-Type", "application/x-www-form-urlencoded")
			.header("Referer", "https://" + PROXY_HOST + "/register?step=1")
			.POST(HttpRequest.BodyPublishers.ofString("username=olivia%00"))
			.build();
		HttpResponse<String> response = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(303);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private static String issuer(int port) throws IOException, InterruptedException {
		String body = HTTP
			.send(forwarded(port, "/.well-known/openid-configuration").GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		return body.replaceAll("(?s).*(\"issuer\"\\s*:\\s*\"[^\"]*\").*", "$1").replace(" ", "");
	}

	private static HttpRequest.Builder forwarded(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", PROXY_HOST);
	}

}
