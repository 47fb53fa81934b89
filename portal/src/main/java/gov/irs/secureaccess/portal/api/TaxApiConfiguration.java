package gov.irs.secureaccess.portal.api;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The portal's way to the server: {@code portal.api.base-url} (http://localhost:8080) with the user's access token.
 * Phase 2 supplies {@link AccessTokens} from the OAuth2 authorized client; until then no token is sent.
 */
@Configuration(proxyBeanMethods = false)
class TaxApiConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AccessTokens accessTokens() {
		return Optional::empty;
	}

	@Bean
	@ConditionalOnMissingBean
	TaxApi taxApi(@Value("${portal.api.base-url:http://localhost:8080}") String baseUrl, AccessTokens tokens) {
		return new RestClientTaxApi(RestClient.builder(), baseUrl, tokens);
	}

}
