package gov.irs.secureaccess.portal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts a {@link FakeTaxApi} in place of the server's API. */
@TestConfiguration(proxyBeanMethods = false)
public class FakeTaxApiConfiguration {

	@Bean
	@Primary
	FakeTaxApi fakeTaxApi() {
		return new FakeTaxApi();
	}

}
