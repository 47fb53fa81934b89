package gov.irs.secureaccess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link RunningServerTest}, but on a port chosen before the start, so the OpenID
 * Connect issuer ({@code secure-access.federation.issuer}) is the very address the tests
 * call: independent clients check that discovery, tokens and issuer agree. Classes with
 * this annotation share one context (one port for the JVM).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ContextConfiguration(initializers = FederationServerTest.Port.class)
public @interface FederationServerTest {

	/** Puts the port and the issuer into the environment. */
	final class Port implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		public static final int PORT = freePort();

		public static String issuer() {
			return "http://localhost:" + PORT;
		}

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("federation-test-port",
						Map.of("server.port", PORT, "secure-access.federation.issuer", issuer())));
		}

		private static int freePort() {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
