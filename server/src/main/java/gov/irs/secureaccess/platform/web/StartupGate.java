package gov.irs.secureaccess.platform.web;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web port opens before the start-up work is done: the synthetic sources are
 * generated (about a minute on a first start), the portal's applications and the demo
 * staff are registered. A registration answered in that window would find no tax record
 * and use up one of the person's identity attempts (SRC-1, REG-9), and an application
 * would be told its client is unknown. Until Spring Boot declares the service ready to
 * accept traffic, every request on the public port is answered 503 with
 * {@code Retry-After}, before any session or journey is touched, and nothing is counted
 * against anyone. The management port's readiness probe says the same to a load balancer.
 */
public final class StartupGate extends OncePerRequestFilter {

	/**
	 * Ahead of Spring Session and Spring Security, so a refused request leaves nothing
	 * behind.
	 */
	public static final int ORDER = Integer.MIN_VALUE + 10;

	static final int RETRY_AFTER_SECONDS = 10;

	private final ApplicationAvailability availability;

	private volatile boolean open;

	public StartupGate(ApplicationAvailability availability) {
		this.availability = Objects.requireNonNull(availability, "availability");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.open && this.availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		// Once open, stays open: a later REFUSING_TRAFFIC (graceful shutdown) is the
		// server's to handle.
		this.open = true;
		chain.doFilter(request, response);
	}

}
