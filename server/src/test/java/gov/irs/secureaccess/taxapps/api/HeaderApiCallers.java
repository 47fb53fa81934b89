package gov.irs.secureaccess.taxapps.api;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The test implementation of the {@link ApiCallerResolver} seam: the caller comes from
 * test headers ({@code X-Test-Account}, {@code X-Test-Scopes} space-separated,
 * {@code X-Test-Loa}, {@code X-Test-Client}), as the resource server will make it from a
 * validated access token.
 */
@TestConfiguration(proxyBeanMethods = false)
public class HeaderApiCallers {

	@Bean
	ApiCallerResolver headerApiCallerResolver() {
		return HeaderApiCallers::resolve;
	}

	static Optional<ApiCaller> resolve(HttpServletRequest request) {
		String account = request.getHeader("X-Test-Account");
		if (account == null) {
			return Optional.empty();
		}
		String scopes = request.getHeader("X-Test-Scopes");
		Set<String> granted = (scopes == null || scopes.isBlank()) ? Set.of()
				: Arrays.stream(scopes.split(" ")).collect(Collectors.toSet());
		String loa = request.getHeader("X-Test-Loa");
		String client = request.getHeader("X-Test-Client");
		return Optional.of(new ApiCaller(Long.parseLong(account), (client != null) ? client : "portal", granted,
				(loa != null) ? Integer.parseInt(loa) : 3));
	}

}
