package gov.irs.secureaccess.platform.web;

import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response, for every filter chain (the site's and the
 * OpenID Connect provider's): the Content-Security-Policy (no inline script or style),
 * frame denial, no referrer, the permissions policy and the opener policy. The pages
 * whose forms can continue to an application also allow that application's origin in
 * {@code form-action} ({@link FormActionTargets}).
 */
public final class SecurityHeaders {

	static final String CSP = "Content-Security-Policy";

	/** The paths whose forms may end, after redirects, at an application. */
	static final List<String> CONTINUING_PATHS = List.of("/sign-in", "/account/agreement", "/federation/");

	private SecurityHeaders() {
	}

	public static Customizer<HeadersConfigurer<HttpSecurity>> standard(ObjectProvider<FormActionTargets> targets) {
		return (headers) -> headers.addHeaderWriter(new PolicyWriter(targets))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.permissionsPolicyHeader((permissions) -> permissions.policy(SecurityConfiguration.PERMISSIONS_POLICY))
			.crossOriginOpenerPolicy((coop) -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN));
	}

	/**
	 * The policy for this request: {@link SecurityConfiguration#CONTENT_SECURITY_POLICY},
	 * widened where it must be.
	 */
	static String policyFor(HttpServletRequest request, Collection<String> origins) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean continuing = CONTINUING_PATHS.stream().anyMatch(path::startsWith);
		if (!continuing || origins.isEmpty()) {
			return SecurityConfiguration.CONTENT_SECURITY_POLICY;
		}
		return SecurityConfiguration.CONTENT_SECURITY_POLICY.replace("form-action 'self'",
				"form-action 'self' " + String.join(" ", origins));
	}

	private static final class PolicyWriter implements HeaderWriter {

		private final ObjectProvider<FormActionTargets> targets;

		PolicyWriter(ObjectProvider<FormActionTargets> targets) {
			this.targets = targets;
		}

		@Override
		public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
			if (response.containsHeader(CSP)) {
				return;
			}
			FormActionTargets available = this.targets.getIfAvailable();
			response.setHeader(CSP, policyFor(request, (available != null) ? available.origins() : List.of()));
		}

	}

}
