package gov.irs.secureaccess.signin;

import java.io.IOException;
import java.io.Reader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.RunningService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service on one database, as behind a load balancer: a session
 * started on one is good on the other, sign-out on one ends it on both (SIGN-6), and
 * failures count across both (SIGN-5).
 */
class TwoNodesTest {

	@TempDir
	static Path dataDir;

	static RunningService first;

	static RunningService second;

	@BeforeAll
	static void startTwoNodes() throws IOException {
		first = RunningService.start(Map.of("secure-access.data-dir", dataDir.toString()));
		int dbPort = first.context().getBean(EmbeddedPostgres.class).getPort();
		Properties keys = new Properties();
		try (Reader in = Files.newBufferedReader(dataDir.resolve("dev-keys.properties"))) {
			keys.load(in);
		}
		Map<String, String> settings = new HashMap<>();
		settings.put("spring.datasource.url", "jdbc:postgresql://localhost:" + dbPort + "/postgres");
		settings.put("spring.datasource.username", "postgres");
		settings.put("spring.datasource.password", Files.readString(dataDir.resolve("postgres.password")).strip());
		settings.put("secure-access.crypto.pii-keys.dev1", keys.getProperty("pii-key"));
		settings.put("secure-access.crypto.active-pii-key", "dev1");
		settings.put("secure-access.crypto.lookup-key", keys.getProperty("lookup-key"));
		second = RunningService.start(settings);
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void SIGN_6_whenSignedInOnOneNode_thenTheOtherServesTheSessionAndSignOutOnItEndsItOnBoth() throws Exception {
		TestAccounts.Made account = TestAccounts.active(first.context().getBean(Accounts.class),
				first.context().getBean(PasswordHasher.class), "twonodes");
		Browser browser = new Browser();
		browser.get(first, "/sign-in");
		browser.post(first, "/sign-in", Map.of("step", "username", "username", account.username()));
		browser.post(first, "/sign-in", Map.of("step", "password", "password", TestAccounts.PASSWORD));
		String code = latestCode(account.phone());
		HttpResponse<String> done = browser.post(second, "/sign-in", Map.of("step", "code", "code", code));

		assertThat(done.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/account"));
		browser.get(first, "/account/agreement");
		browser.post(first, "/account/agreement/accept", Map.of());
		assertThat(browser.get(first, "/account").body()).contains("You are signed in as " + account.username());
		assertThat(browser.get(second, "/account").body()).contains("You are signed in as " + account.username());

		browser.post(second, "/sign-out", Map.of());

		assertThat(browser.get(first, "/account").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/sign-in"));
	}

	@Test
	void SIGN_5_whenFailuresComeThroughBothNodes_thenTheyAddUpToOneLock() throws Exception {
		TestAccounts.Made account = TestAccounts.active(first.context().getBean(Accounts.class),
				first.context().getBean(PasswordHasher.class), "twonodeslock");
		String last = "";
		for (int i = 0; i < 5; i++) {
			RunningService node = (i % 2 == 0) ? first : second;
			Browser browser = new Browser();
			browser.get(node, "/sign-in");
			browser.post(node, "/sign-in", Map.of("step", "username", "username", account.username()));
			last = browser.post(node, "/sign-in", Map.of("step", "password", "password", "wrong password here")).body();
		}
		assertThat(last).contains("sign-in to this account is paused");
	}

	private static String latestCode(String phone) {
		String body = first.context()
			.getBean(OutboxReader.class)
			.newest(50)
			.stream()
			.filter((entry) -> entry.recipient().equals(phone))
			.findFirst()
			.orElseThrow()
			.body();
		Matcher matcher = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	/** A browser with cookies that fills in the CSRF token of the last page it saw. */
	static final class Browser {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private String csrf;

		HttpResponse<String> get(RunningService node, String path) throws IOException, InterruptedException {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(node, path)).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return response;
		}

		HttpResponse<String> post(RunningService node, String path, Map<String, String> fields)
				throws IOException, InterruptedException {
			Map<String, String> form = new LinkedHashMap<>(fields);
			form.put("_csrf", this.csrf);
			String body = form.entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(node, path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return response;
		}

		private static URI uri(RunningService node, String path) {
			return URI.create("http://localhost:" + node.port() + path);
		}

	}

}
