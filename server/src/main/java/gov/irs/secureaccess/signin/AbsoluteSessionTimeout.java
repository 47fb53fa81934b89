package gov.irs.secureaccess.signin;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * SIGN-6: a signed-in session ends 12 hours after sign-in however active it is (the
 * 15-minute idle end is the session store's own timeout). Time comes from the service's
 * {@link Clock}.
 */
public class AbsoluteSessionTimeout extends OncePerRequestFilter {

	private final Clock clock;

	private final long lifetimeMillis;

	public AbsoluteSessionTimeout(Clock clock, SigninProperties properties) {
		this.clock = clock;
		this.lifetimeMillis = properties.absoluteSessionLifetime().toMillis();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SigninController.SIGNED_IN_AT) instanceof Long signedInAt
				&& this.clock.millis() - signedInAt >= this.lifetimeMillis) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/sign-in?sessionEnded");
			return;
		}
		chain.doFilter(request, response);
	}

}
