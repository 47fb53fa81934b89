package gov.irs.secureaccess.platform.db;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import gov.irs.secureaccess.platform.crypto.TestKeys;
import gov.irs.secureaccess.support.RunningService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 (faults with a replicated database): while the database cannot be reached (a
 * Patroni failover: the primary gone, the replica not yet promoted, connections refused),
 * a person mid-registration gets the service's own "try again" page with HTTP 503 and
 * {@code Retry-After} (RFC 9110 section 15.6.4), not a 500; once the database is back,
 * the same node answers again by itself (Hikari makes new connections) and the journey is
 * where it was.
 */
class DatabaseOutageTest {

	@TempDir
	Path dataDir;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void whileTheDatabaseRefusesConnections_thenA503PageWithRetryAfter_andAfterwardsTheJourneyGoesOn()
			throws Exception {
		try (RunningService service = RunningService.start(Map.of("secure-access.data-dir", this.dataDir.toString()))) {
			HttpResponse<String> intro = get(service, "/register");
			HttpResponse<String> started = post(service, "/register/start", csrf(intro.body()));
			assertThat(started.statusCode()).isEqualTo(302);
			assertThat(get(service, "/register/step").body()).contains("name=\"email\"");

			HikariDataSource pool = (HikariDataSource) service.context().getBean(DataSource.class);
			pool.setConnectionTimeout(1_000);
			// From another database of the cluster (one cannot shut out the database one
			// is connected to).
			String template1 = pool.getJdbcUrl().replaceFirst("/postgres(\\?|$)", "/template1$1");
			try (Connection admin = DriverManager.getConnection(template1, pool.getUsername(), pool.getPassword());
					Statement sql = admin.createStatement()) {
				// What a node sees while the primary is down: its connections cut, new
				// ones refused.
				sql.execute("alter database postgres allow_connections false");
				sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'postgres'");

				HttpResponse<String> during = get(service, "/register/step");
				assertThat(during.statusCode()).isEqualTo(503);
				assertThat(during.headers().firstValue("Retry-After")).isPresent();
				assertThat(during.body()).contains("usa-")
					.contains("nothing you entered has been lost")
					.doesNotContain("Exception")
					.doesNotContain("at gov.irs");

				sql.execute("alter database postgres allow_connections true");
			}
			HttpResponse<String> after = get(service, "/register/step");
			assertThat(after.statusCode()).isEqualTo(200);
			assertThat(after.body()).contains("name=\"email\"");
		}
	}

	/**
	 * Met in {@code faults/run short} (3 December 2026): while the primary was away,
	 * HAProxy took each new connection and closed it, so the driver's "connection attempt
	 * failed" carried an {@code EOFException}. Spring MVC took that for a browser that
	 * had gone away and answered HTTP 200 with an empty body, logged at DEBUG only: every
	 * registration started or step sent in the failover stopped at a blank page. A
	 * database that is away is never the browser's disconnection: it is the 503 page, and
	 * the journey goes on afterwards.
	 */
	@Test
	void whileTheDatabaseIsBehindAProxyThatClosesEveryConnection_thenFormsSentGetThe503Page_notAnEmptyPage()
			throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDir.resolve("pg"))
			.start(); Hop haproxy = new Hop(postgres.getPort())) {
			Map<String, String> settings = new HashMap<>();
			settings.put("secure-access.data-dir", this.dataDir.resolve("node").toString());
			settings.put("spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + haproxy.port() + "/postgres");
			settings.put("spring.datasource.username", "postgres");
			settings.put("spring.datasource.password", "");
			settings.put("spring.datasource.hikari.connection-timeout", "1000");
			settings.put("secure-access.crypto.pii-keys.outage", TestKeys.key(5));
			settings.put("secure-access.crypto.active-pii-key", "outage");
			settings.put("secure-access.crypto.lookup-key", TestKeys.key(6));
			try (RunningService service = RunningService.start(settings)) {
				HttpResponse<String> intro = get(service, "/register");
				assertThat(postForm(service, "/register/start", "_csrf=" + form(csrf(intro.body()))).statusCode())
					.isEqualTo(302);
				HttpResponse<String> contact = get(service, "/register/step");
				assertThat(contact.body()).contains("name=\"email\"");
				String step = "_csrf=" + form(csrf(contact.body())) + "&step=" + form(hidden(contact.body(), "step"))
						+ "&firstName=Ada&lastName=Lovelace&email=" + form("ada.outage@example.test");

				haproxy.away(true);
				try {
					for (HttpResponse<String> during : List.of(postForm(service, "/register/step", step),
							postForm(service, "/register/start", "_csrf=" + form(csrf(intro.body()))))) {
						assertThat(during.statusCode()).as(during.uri().getPath()).isEqualTo(503);
						assertThat(during.headers().firstValue("Retry-After")).isPresent();
						assertThat(during.body()).contains("usa-").contains("nothing you entered has been lost");
					}
				}
				finally {
					haproxy.away(false);
				}
				HttpResponse<String> again = postForm(service, "/register/step", step);
				assertThat(again.statusCode()).isEqualTo(302);
				assertThat(get(service, "/register/step").body()).contains("name=\"code\"");
			}
		}
	}

	/**
	 * A TCP hop to PostgreSQL, as HAProxy's {@code postgres} port in {@code faults/run}:
	 * while the primary is away it cuts the connections it carries and takes each new one
	 * only to close it.
	 */
	private static final class Hop implements AutoCloseable {

		private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

		private final int upstream;

		private final Set<Socket> open = ConcurrentHashMap.newKeySet();

		private volatile boolean away;

		Hop(int upstream) throws IOException {
			this.upstream = upstream;
			Thread accepting = new Thread(this::accept, "hop");
			accepting.setDaemon(true);
			accepting.start();
		}

		int port() {
			return this.server.getLocalPort();
		}

		synchronized void away(boolean away) {
			this.away = away;
			if (away) {
				this.open.forEach(Hop::closeQuietly);
				this.open.clear();
			}
		}

		private void accept() {
			while (!this.server.isClosed()) {
				try {
					Socket client = this.server.accept();
					synchronized (this) {
						if (this.away) {
							client.close();
							continue;
						}
						Socket database = new Socket(InetAddress.getLoopbackAddress(), this.upstream);
						this.open.add(client);
						this.open.add(database);
						pump(client, database);
						pump(database, client);
					}
				}
				catch (IOException ex) {
					// The hop is closing, or one connection failed: the next accept goes
					// on.
				}
			}
		}

		private static void pump(Socket from, Socket to) {
			Thread pump = new Thread(() -> {
				try {
					from.getInputStream().transferTo(to.getOutputStream());
				}
				catch (IOException ex) {
					// Cut.
				}
				finally {
					closeQuietly(from);
					closeQuietly(to);
				}
			}, "hop-pump");
			pump.setDaemon(true);
			pump.start();
		}

		private static void closeQuietly(Socket socket) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// Already closed.
			}
		}

		@Override
		public void close() throws IOException {
			this.server.close();
			away(true);
		}

	}

	private static String form(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String hidden(String page, String name) {
		Matcher field = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
		assertThat(field.find()).as(name).isTrue();
		return field.group(1);
	}

	private HttpResponse<String> postForm(RunningService service, String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(service, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(RunningService service, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(service, path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(RunningService service, String path, String csrf) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(service, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private static URI uri(RunningService service, String path) {
		return URI.create("http://localhost:" + service.port() + path);
	}

}
