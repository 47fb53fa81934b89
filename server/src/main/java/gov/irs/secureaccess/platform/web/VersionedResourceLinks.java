package gov.irs.secureaccess.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Content-versioned links ({@code /uswds/css/uswds.min-<md5>.css}), each resolved once.
 * Spring's {@link ResourceUrlEncodingFilter} asks the resource chain about every link a
 * page writes ({@code @{/register}} too): a link that is not a static file is looked for
 * in every static location inside the jar on every page, and such a miss is never cached.
 * That was about a quarter of the time a page took (issue 17's profile). This filter
 * stands in for it (Spring Boot then registers none): only links under the
 * content-versioned paths ({@code spring.web.resources.chain.strategy.content.paths}) can
 * change, so only those are resolved, once each; every other link is written as it is,
 * which is what Spring's filter answers for them too.
 */
@Configuration(proxyBeanMethods = false)
class VersionedResourceLinks {

	/**
	 * Typed as Spring Boot's own (its condition looks for exactly this type) and named as
	 * it, so it stands in.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter(WebProperties web,
			ObjectProvider<ResourceUrlProvider> provider) {
		WebProperties.Resources.Chain chain = web.getResources().getChain();
		List<String> paths = (chain.getStrategy().getContent().isEnabled())
				? List.of(chain.getStrategy().getContent().getPaths()) : List.of();
		Function<String, String> lookup = (path) -> {
			ResourceUrlProvider urls = provider.getIfAvailable();
			return (urls != null) ? urls.getForLookupPath(path) : null;
		};
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResolvedOnce(paths, lookup));
		// As Spring Boot registers its own: for pages and error pages.
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * The filter: a {@link ResourceUrlEncodingFilter} whose answers for versioned paths
	 * are kept.
	 */
	static final class ResolvedOnce extends ResourceUrlEncodingFilter {

		/**
		 * Far more than the static files a page can link to; beyond it, links are
		 * resolved each time.
		 */
		static final int MAX_KEPT = 4096;

		private static final AntPathMatcher MATCHER = new AntPathMatcher();

		private final List<String> versionedPaths;

		/**
		 * The resource chain's answer for a lookup path
		 * ({@link ResourceUrlProvider#getForLookupPath}), or null.
		 */
		private final Function<String, String> lookup;

		private final Map<String, String> resolved = new ConcurrentHashMap<>();

		ResolvedOnce(List<String> versionedPaths, Function<String, String> lookup) {
			this.versionedPaths = List.copyOf(versionedPaths);
			this.lookup = lookup;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse page)) {
				throw new ServletException("ResourceUrlEncodingFilter only supports HTTP requests");
			}
			chain.doFilter(request, new Links(http.getContextPath(), page));
		}

		/**
		 * The address to write for {@code url}: its versioned form under the versioned
		 * paths, else itself.
		 */
		String encode(String contextPath, String url) {
			if (this.versionedPaths.isEmpty() || !url.startsWith(contextPath + "/")) {
				return url;
			}
			int end = suffixIndex(url);
			String path = url.substring(contextPath.length(), end);
			if (this.versionedPaths.stream().noneMatch((pattern) -> MATCHER.match(pattern, path))) {
				return url;
			}
			String versioned = this.resolved.get(path);
			if (versioned == null) {
				versioned = this.lookup.apply(path);
				if (versioned == null) {
					// Not a file (yet): written as it is, and asked again next time.
					return url;
				}
				if (this.resolved.size() < MAX_KEPT) {
					this.resolved.put(path, versioned);
				}
			}
			return contextPath + versioned + url.substring(end);
		}

		private static int suffixIndex(String url) {
			for (int i = 0; i < url.length(); i++) {
				char c = url.charAt(i);
				if (c == '?' || c == '#') {
					return i;
				}
			}
			return url.length();
		}

		private final class Links extends HttpServletResponseWrapper {

			private final String contextPath;

			Links(String contextPath, HttpServletResponse response) {
				super(response);
				this.contextPath = contextPath;
			}

			@Override
			public String encodeURL(String url) {
				return super.encodeURL(encode(this.contextPath, url));
			}

		}

	}

}
