package gov.irs.secureaccess.platform.web;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Matches requests that came in on the management port ({@code management.server.port},
 * its own port by default): metrics and the audit chain check are served only there,
 * where only the operator's monitoring reaches, never on the public port. The port is the
 * one the management server actually listens on (so {@code 0}, any free port, works);
 * while it runs on the public port too, nothing matches.
 */
@Component
public class ManagementPort implements RequestMatcher, ApplicationListener<WebServerInitializedEvent> {

	static final String NAMESPACE = "management";

	private final AtomicInteger port = new AtomicInteger(-1);

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
			this.port.set(event.getWebServer().getPort());
		}
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		int management = this.port.get();
		return management > 0 && request.getLocalPort() == management;
	}

}
