package gov.irs.secureaccess.taxapps.api;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives API controllers their {@link ApiCaller} parameter from the
 * {@link ApiCallerResolver} beans (the first that knows the request); with none, the call
 * is answered 401.
 */
final class ApiCallerArgumentResolver implements HandlerMethodArgumentResolver {

	private final ObjectProvider<ApiCallerResolver> resolvers;

	ApiCallerArgumentResolver(ObjectProvider<ApiCallerResolver> resolvers) {
		this.resolvers = resolvers;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return ApiCaller.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		for (ApiCallerResolver resolver : this.resolvers.orderedStream().toList()) {
			Optional<ApiCaller> caller = resolver.resolve(request);
			if (caller.isPresent()) {
				return caller.get();
			}
		}
		throw ApiPolicy.noCaller();
	}

}
