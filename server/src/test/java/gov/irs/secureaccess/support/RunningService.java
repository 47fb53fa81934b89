package gov.irs.secureaccess.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.SecureAccessApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole service started as the run command starts it (no test profile), on a free
 * port, for start-up tests.
 */
public final class RunningService implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	private RunningService(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static RunningService start(Map<String, String> settings) {
		return start(0, settings);
	}

	/**
	 * On a port chosen before the start (0: any free one), e.g. so that the OpenID
	 * Connect issuer can name it.
	 */
	public static RunningService start(int port, Map<String, String> settings) {
		List<String> args = new ArrayList<>();
		args.add("--server.port=" + port);
		args.add("--management.server.port=0");
		args.add("--secure-access.sources.generator.people=50");
		settings.forEach((key, value) -> args.add("--" + key + "=" + value));
		return new RunningService(
				new SpringApplicationBuilder(SecureAccessApplication.class).run(args.toArray(String[]::new)));
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Override
	public void close() {
		this.context.close();
	}

}
