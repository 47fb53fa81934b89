package gov.irs.secureaccess.taxapps.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's MVC wiring: the {@link ApiCaller} parameter, and
 * {@code Cache-Control: no-store} on every answer (tax data must not sit in caches).
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<ApiCallerResolver> resolvers;

	ApiWebConfiguration(ObjectProvider<ApiCallerResolver> resolvers) {
		this.resolvers = resolvers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> argumentResolvers) {
		argumentResolvers.add(new ApiCallerArgumentResolver(this.resolvers));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				response.setHeader("Cache-Control", "no-store");
				return true;
			}
		}).addPathPatterns("/api/**");
	}

}
