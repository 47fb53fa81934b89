package gov.irs.secureaccess.federation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import gov.irs.secureaccess.support.FederationServerTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-2: the signing key rotates after {@code key-rotation} (30 days); the previous key stays in the JWKS for
 * {@code key-retention} (an hour, longer than any token it signed lives), then leaves it.
 */
@FederationServerTest
class SigningKeyRotationTest {

	@Autowired
	SigningKeys keys;

	@Autowired
	MutableClock clock;

	@Test
	void FED_2_whenTheKeyIsThirtyDaysOld_thenANewOneSignsAndTheOldOneIsPublishedUntilItsTokensExpire() throws Exception {
		String first = this.keys.activeKey().getKeyID();
		assertThat(published()).contains(first);

		this.clock.advance(Duration.ofDays(30).plusMinutes(1));
		String second = this.keys.activeKey().getKeyID();
		assertThat(second).isNotEqualTo(first);
		assertThat(published()).containsExactly(second, first);

		this.clock.advance(Duration.ofMinutes(59));
		assertThat(published()).as("still within the retention").containsExactly(second, first);

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(published()).as("retired").containsExactly(second);
		assertThat(this.keys.activeKey().getKeyID()).isEqualTo(second);
	}

	private java.util.List<String> published() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(FederationServerTest.Port.issuer() + "/oauth2/jwks")).build(),
					HttpResponse.BodyHandlers.ofString());
		return JWKSet.parse(response.body()).getKeys().stream().map(JWK::getKeyID).toList();
	}

}
