package gov.irs.secureaccess.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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
 * End-to-end tests of the tax applications: like {@link FederationServerTest} (the server
 * on a port fixed before the start, so the issuer is the address clients call), with the
 * portal's address fixed too, so the portal's clients that embedded mode registers on
 * first start ({@code federation.PortalApplications}) have the redirect and post-logout
 * URIs of the portal the test starts ({@link PortalProcess} on {@link Ports#PORTAL}).
 * Classes with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ContextConfiguration(initializers = PortalServerTest.Ports.class)
public @interface PortalServerTest {

	/**
	 * Puts the server's port, its issuer and the portal's address into the environment.
	 */
	final class Ports implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		public static final int SERVER = PortalProcess.freePort();

		public static final int PORTAL = PortalProcess.freePort();

		public static String issuer() {
			return "http://localhost:" + SERVER;
		}

		public static String portal() {
			return "http://localhost:" + PORTAL;
		}

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("portal-test-ports",
						Map.of("server.port", SERVER, "secure-access.federation.issuer", issuer(),
								"secure-access.federation.portal.base-url", portal())));
		}

	}

}
