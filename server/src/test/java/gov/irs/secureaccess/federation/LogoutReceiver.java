package gov.irs.secureaccess.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * An application's back-channel logout endpoint, as plain HTTP (the JDK's server, no
 * Spring): records every {@code logout_token} POSTed to it, and can answer 503 a number
 * of times first, as an application that is down.
 */
final class LogoutReceiver implements AutoCloseable {

	static final String PATH = "/backchannel-logout";

	private final HttpServer server;

	private final List<String> tokens = new CopyOnWriteArrayList<>();

	private final AtomicInteger refusals = new AtomicInteger();

	private final AtomicInteger calls = new AtomicInteger();

	LogoutReceiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext(PATH, (exchange) -> {
			this.calls.incrementAndGet();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
			boolean form = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
				.startsWith("application/x-www-form-urlencoded");
			int status;
			if (this.refusals.getAndUpdate((n) -> Math.max(n - 1, 0)) > 0) {
				status = 503;
			}
			else if (!"POST".equals(exchange.getRequestMethod()) || !form || !body.startsWith("logout_token=")) {
				status = 400;
			}
			else {
				this.tokens.add(URLDecoder.decode(body.substring("logout_token=".length()), StandardCharsets.US_ASCII));
				status = 200;
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.server.start();
	}

	String uri() {
		return "http://localhost:" + this.server.getAddress().getPort() + PATH;
	}

	/** The next {@code times} calls answer 503. */
	void refuse(int times) {
		this.refusals.set(times);
	}

	int calls() {
		return this.calls.get();
	}

	List<String> tokens() {
		return List.copyOf(this.tokens);
	}

	/**
	 * Waits (at most {@code timeout}) until {@code count} tokens have come; answers them.
	 */
	List<String> await(int count, Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (this.tokens.size() < count && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		return tokens();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
