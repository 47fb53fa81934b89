package gov.irs.secureaccess.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal (module {@code portal}, a separate Spring Boot app) started as its own
 * process, as people run it, for the end-to-end tests of the tax applications:
 * {@code java -cp <portal classpath> PortalApplication} on
 * {@link PortalServerTest.Ports#PORTAL} with {@code portal.issuer} and
 * {@code portal.api.base-url} at the server under test. The portal module builds first
 * (root pom) and leaves {@code target/classes} and {@code target/runtime-classpath.txt}.
 * Stopped by {@link #close()}, or by a shutdown hook if the JVM ends first.
 */
public final class PortalProcess implements AutoCloseable {

	private static final Path PORTAL = Path.of("..", "portal", "target");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private final Process process;

	private final Thread hook;

	private final int port;

	private PortalProcess(Process process, int port) {
		this.process = process;
		this.port = port;
		this.hook = new Thread(process::destroyForcibly, "portal-process-stop");
		Runtime.getRuntime().addShutdownHook(this.hook);
	}

	/**
	 * Starts the portal on {@code port}, signing in at {@code issuer} (also its API), and
	 * waits until it answers.
	 */
	public static PortalProcess start(int port, String issuer) {
		Path classes = PORTAL.resolve("classes");
		Path classpathFile = PORTAL.resolve("runtime-classpath.txt");
		assertThat(classes.resolve("gov/irs/secureaccess/portal/PortalApplication.class"))
			.as("the portal module is built before the server (mvn builds portal first)")
			.isRegularFile();
		assertThat(classpathFile).as("the portal build writes its runtime classpath").isRegularFile();
		try {
			String classpath = classes.toAbsolutePath() + File.pathSeparator
					+ Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
			Path log = Path.of("target", "portal-process-" + port + ".log");
			Files.createDirectories(log.getParent());
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process process = new ProcessBuilder(List.of(java, "-Xmx384m", "-cp", classpath,
					"gov.irs.secureaccess.portal.PortalApplication", "--server.port=" + port,
					"--portal.issuer=" + issuer, "--portal.api.base-url=" + issuer, "--spring.main.banner-mode=off"))
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			PortalProcess portal = new PortalProcess(process, port);
			portal.awaitAnswer(log);
			return portal;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void awaitAnswer(Path log) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the portal exited (" + this.process.exitValue() + "); see " + log);
			}
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			sleep();
		}
		close();
		throw new IllegalStateException("the portal did not answer within " + START_TIMEOUT + "; see " + log);
	}

	private static void sleep() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A free TCP port, to give the portal (and the server's redirect URIs) before
	 * anything starts.
	 */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(15, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		try {
			Runtime.getRuntime().removeShutdownHook(this.hook);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down: the hook runs anyway
		}
	}

}
