package gov.irs.secureaccess.federation;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * DPoP (RFC 9449) is not offered here (no application is registered for it, discovery
 * does not list it), so a {@code DPoP} proof sent to the provider is ignored, as RFC 9449
 * section 5 lets a server that does not support it: the token issued is a plain bearer
 * token. Without this Spring's server would bind the token to the proof's key, offering
 * what discovery says it does not.
 */
final class DpopIgnored extends OncePerRequestFilter {

	static final String HEADER = "DPoP";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getHeader(HEADER) == null) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getHeader(String name) {
				return HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				return HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
			}

			@Override
			public Enumeration<String> getHeaderNames() {
				return Collections.enumeration(Collections.list(super.getHeaderNames())
					.stream()
					.filter((header) -> !HEADER.equalsIgnoreCase(header))
					.toList());
			}

		}, response);
	}

}
