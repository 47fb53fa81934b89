package gov.irs.secureaccess.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.RunningService;
import gov.irs.secureaccess.support.TestSsns;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-2: our walk of the OpenID Foundation's "Basic OP" and "Config OP" certification
 * test plans (and the other modules of its full OP plan that apply), plus the discovery
 * check, run by Node with an unmodified {@code openid-client} (v6, pinned in
 * {@code server/conformance/package-lock.json}; not the library the server is built on)
 * against the whole service started as the jar starts (system clock, embedded PostgreSQL,
 * its own data folder), on a port chosen first so the issuer is the address the suite
 * calls. The test registers the conformance applications
 * ({@code server/conformance/clients/*.json}), makes the test people, offers a
 * key-rotation hook for {@code oidcc-server-rotate-keys}, runs {@code suite.mjs} and
 * reads its report: no module may fail, every module of both plans must be there, and
 * docs/federation.md's table must say what the run found.
 */
class ConformanceSuiteTest {

	static final Path CONFORMANCE = Path.of("conformance");

	static final Path OUT = Path.of("target", "conformance");

	/**
	 * The modules of the two plans (OIDCCBasicTestPlan, OIDCCConfigTestPlan of the OIDF
	 * conformance suite).
	 */
	static final List<String> PLAN_MODULES = List.of("oidcc-server", "oidcc-response-type-missing",
			"oidcc-idtoken-signature", "oidcc-idtoken-unsigned", "oidcc-userinfo-get", "oidcc-userinfo-post-header",
			"oidcc-userinfo-post-body", "oidcc-ensure-request-without-nonce-succeeds-for-code-flow",
			"oidcc-scope-profile", "oidcc-scope-email", "oidcc-scope-address", "oidcc-scope-phone", "oidcc-scope-all",
			"oidcc-alternate-happy-flow", "oidcc-display-page", "oidcc-display-popup", "oidcc-prompt-login",
			"oidcc-prompt-none-not-logged-in", "oidcc-prompt-none-logged-in", "oidcc-max-age-1", "oidcc-max-age-10000",
			"oidcc-ensure-request-with-unknown-parameter-succeeds", "oidcc-id-token-hint", "oidcc-login-hint",
			"oidcc-ui-locales", "oidcc-claims-locales", "oidcc-ensure-request-with-acr-values-succeeds",
			"oidcc-codereuse", "oidcc-codereuse-30seconds", "oidcc-ensure-registered-redirect-uri",
			"oidcc-ensure-post-request-succeeds", "oidcc-server-client-secret-post",
			"oidcc-request-uri-unsigned-supported-correctly-or-rejected-as-unsupported",
			"oidcc-unsigned-request-object-supported-correctly-or-rejected-as-unsupported", "oidcc-claims-essential",
			"oidcc-ensure-request-object-with-redirect-uri", "oidcc-refresh-token",
			"oidcc-ensure-request-with-valid-pkce-succeeds", "oidcc-discovery-endpoint-verification");

	@TempDir
	Path dataDir;

	@Test
	@DisplayName("FED-2 OIDF Basic OP and Config OP plans and the discovery check, driven by openid-client: nothing fails")
	void FED_2_whenTheOpenIdFoundationPlansAreWalkedWithOpenidClient_thenNoModuleFails() throws Exception {
		int port = freePort();
		int backchannel = freePort();
		String issuer = "http://localhost:" + port;
		Files.createDirectories(OUT);
		try (RunningService service = RunningService.start(port,
				Map.of("secure-access.data-dir", this.dataDir.toString(), "secure-access.federation.issuer", issuer));
				Hook rotation = new Hook(service.context().getBean(SigningKeys.class))) {
			ConfigurableApplicationContext context = service.context();
			Map<String, Object> clients = registerClients(context.getBean(Applications.class), backchannel);
			Map<String, Object> config = new LinkedHashMap<>();
			config.put("issuer", issuer);
			config.put("codes", Map.of("outbox", issuer + "/dev/outbox"));
			config.put("backchannel", Map.of("port", backchannel));
			config.put("rotateKeys", Map.of("url", rotation.url()));
			config.put("people", people(context.getBean(Accounts.class), context.getBean(PasswordHasher.class)));
			config.put("clients", clients);
			Path configFile = OUT.resolve("config.json");
			Files.writeString(configFile, JsonMapper.builder().build().writeValueAsString(config));

			Path report = OUT.resolve("report.json");
			Path table = OUT.resolve("table.md");
			Files.deleteIfExists(report);
			Process suite = new ProcessBuilder("node", "suite.mjs", "--config", configFile.toAbsolutePath().toString(),
					"--report", report.toAbsolutePath().toString(), "--markdown", table.toAbsolutePath().toString())
				.directory(CONFORMANCE.toFile())
				.redirectErrorStream(true)
				.redirectOutput(OUT.resolve("suite.log").toFile())
				.start();
			boolean finished = suite.waitFor(15, TimeUnit.MINUTES);
			if (!finished) {
				suite.destroyForcibly();
			}
			String log = Files.readString(OUT.resolve("suite.log"));
			assertThat(finished).as("the suite finished in 15 minutes:\n" + log).isTrue();
			assertThat(report).as("the suite wrote its report:\n" + log).exists();

			Map<String, Object> result = JsonMapper.builder()
				.build()
				.readValue(Files.readString(report), new TypeReference<Map<String, Object>>() {
				});
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> modules = (List<Map<String, Object>>) result.get("results");
			List<String> failed = modules.stream()
				.filter((module) -> "failed".equals(module.get("status")))
				.map((module) -> module.get("name") + ": " + module.get("reason"))
				.toList();
			assertThat(failed).as(log).isEmpty();
			assertThat(suite.exitValue()).as(log).isZero();
			assertThat(modules).extracting((module) -> module.get("name"))
				.as("every module of both plans")
				.containsAll(PLAN_MODULES);
			assertThat(modules.stream().filter((module) -> "passed".equals(module.get("status"))).count())
				.as("most modules run (not skipped)")
				.isGreaterThan(45);

			String docs = Files.readString(Path.of("..", "docs", "federation.md"), StandardCharsets.UTF_8);
			List<String> untrue = new ArrayList<>();
			for (Map<String, Object> module : modules) {
				String row = "| `" + module.get("name") + "` | " + module.get("plan") + " | " + module.get("status")
						+ " |";
				if (!docs.contains(row)) {
					untrue.add(row);
				}
			}
			assertThat(untrue).as("docs/federation.md's conformance table says what this run found (see " + table + ")")
				.isEmpty();
		}
	}

	/**
	 * The conformance applications, registered as an administrator would, and how the
	 * suite knows them.
	 */
	private static Map<String, Object> registerClients(Applications applications, int backchannel) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		for (String file : List.of("oidf-conformance.json", "oidf-conformance-2.json",
				"oidf-conformance-public.json")) {
			ApplicationDefinition definition = json
				.readValue(Files.readString(CONFORMANCE.resolve("clients").resolve(file)), ApplicationDefinition.class);
			if (definition.backchannelLogoutUri() != null) {
				definition = new ApplicationDefinition(definition.clientId(), definition.name(), definition.nameEs(),
						definition.redirectUris(), definition.postLogoutRedirectUris(), definition.level(),
						definition.scopes(), definition.attributes(), definition.clientSecret(),
						"http://localhost:" + backchannel + "/backchannel-logout",
						definition.tokenEndpointAuthMethods(), definition.proofKeyRequired());
			}
			applications.register(definition, "test");
		}
		Map<String, Object> example = json.readValue(Files.readString(CONFORMANCE.resolve("config.example.json")),
				new TypeReference<Map<String, Object>>() {
				});
		@SuppressWarnings("unchecked")
		Map<String, Object> clients = (Map<String, Object>) example.get("clients");
		return clients;
	}

	/** An LOA-3 person (the sign-ins) and an LOA-1 person (offered the step-up). */
	private static Map<String, Object> people(Accounts accounts, PasswordHasher hasher) {
		TestAccounts.Made person = TestAccounts.active(accounts, hasher, "oidf");
		String phone = "+12025558801";
		accounts.create(new NewAccount("oidf.loa1", "oidf.loa1@example.test", "Low", "Level", LocalDate.of(1985, 5, 5),
				TestSsns.next(), hasher.hash(TestAccounts.PASSWORD), "Kites over the river", "flight", phone,
				AccountStatus.ACTIVE, 1, "tax-record", Map.of()));
		return Map.of("person",
				Map.of("username", person.username(), "password", TestAccounts.PASSWORD, "phone", person.phone()),
				"loa1", Map.of("username", "oidf.loa1", "password", TestAccounts.PASSWORD, "phone", phone));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * {@code POST /rotate-keys}: the signing key rotates now, as the rotate-signing-key
	 * command does.
	 */
	static final class Hook implements AutoCloseable {

		private final HttpServer server;

		Hook(SigningKeys keys) {
			try {
				this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.server.createContext("/rotate-keys", (exchange) -> {
				keys.rotateNow();
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			this.server.start();
		}

		String url() {
			return "http://localhost:" + this.server.getAddress().getPort() + "/rotate-keys";
		}

		@Override
		public void close() {
			this.server.stop(0);
		}

	}

}
