package gov.irs.secureaccess.portal.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The portal's way to the server: {@code portal.api.base-url} (http://localhost:8080)
 * with the user's access token. {@link AccessTokens} comes from the OAuth2 authorized
 * client of the application signed in to ({@code signin}).
 */
@Configuration(proxyBeanMethods = false)
class TaxApiConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TaxApi taxApi(@Value("${portal.api.base-url:${portal.issuer:http://localhost:8080}}") String baseUrl,
			AccessTokens tokens) {
		return new RestClientTaxApi(RestClient.builder(), baseUrl, tokens);
	}

}
