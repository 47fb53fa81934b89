package gov.irs.secureaccess.platform.web;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SRC-1, REG-9: a registration answered before the sources are loaded would find no tax
 * record and cost the person an identity attempt, so until the service is ready (RFC 9110
 * 15.6.4, 10.2.3) nothing reaches the journeys.
 */
class StartupGateTest {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final StartupGate gate = new StartupGate(this.availability);

	@Test
	void SRC_1_whileStarting_thenEveryRequestIs503WithRetryAfterAndReachesNothing() throws Exception {
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
		AtomicBoolean reached = new AtomicBoolean();
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.gate.doFilter(post("/register"), response, new MockFilterChain(new ReachedServlet(reached)));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(reached).isFalse();
	}

	@Test
	void SRC_1_beforeAnyReadinessEvent_thenRefusedToo() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.gate.doFilter(post("/register"), response, new MockFilterChain());

		assertThat(response.getStatus()).isEqualTo(503);
	}

	@Test
	void SRC_1_onceReady_thenRequestsPassAndAShutdownDoesNotCloseTheGateAgain() throws Exception {
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		AtomicBoolean reached = new AtomicBoolean();
		MockHttpServletResponse first = new MockHttpServletResponse();
		this.gate.doFilter(post("/register"), first, new MockFilterChain(new ReachedServlet(reached)));
		assertThat(reached).isTrue();
		assertThat(first.getStatus()).isEqualTo(200);

		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
		MockHttpServletResponse later = new MockHttpServletResponse();
		this.gate.doFilter(post("/register"), later, new MockFilterChain());
		assertThat(later.getStatus()).isEqualTo(200);
	}

	private static MockHttpServletRequest post(String path) {
		return new MockHttpServletRequest("POST", path);
	}

	private static final class ReachedServlet extends HttpServlet {

		private final AtomicBoolean reached;

		ReachedServlet(AtomicBoolean reached) {
			this.reached = reached;
		}

		@Override
		protected void service(HttpServletRequest req, HttpServletResponse resp) {
			this.reached.set(true);
		}

	}

}
