package gov.irs.secureaccess.federation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import gov.irs.secureaccess.support.FederationServerTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-2: the signing key rotates after {@code key-rotation} (30 days); the next key is
 * published {@code key-prepublication} (15 minutes) before it signs, so applications'
 * cached JWKS and the other nodes hold it before its first token; the previous key stays
 * in the JWKS for {@code key-retention} (an hour, longer than any token it signed lives),
 * then leaves it.
 */
@FederationServerTest
class SigningKeyRotationTest {

	@Autowired
	SigningKeys keys;

	@Autowired
	MutableClock clock;

	@Test
	void FED_2_whenTheKeyIsThirtyDaysOld_thenTheNextOneWasPublishedAheadSignsAndTheOldOneIsPublishedUntilItsTokensExpire()
			throws Exception {
		String first = this.keys.rotateNow();
		this.clock.advance(Duration.ofMinutes(61));
		assertThat(published()).as("the key before it retired").containsExactly(first);

		this.clock.advance(Duration.ofDays(30).minusMinutes(16 + 61));
		assertThat(published()).as("nothing ahead yet").containsExactly(first);

		this.clock.advance(Duration.ofMinutes(2));
		List<String> ahead = published();
		assertThat(ahead).as("the next key, published 15 minutes ahead").hasSize(2).endsWith(first);
		String second = ahead.get(0);
		assertThat(this.keys.activeKey().getKeyID()).as("it does not sign yet").isEqualTo(first);

		this.clock.advance(Duration.ofMinutes(15));
		assertThat(this.keys.activeKey().getKeyID()).as("it signs from the key's 30th day").isEqualTo(second);
		assertThat(published()).containsExactly(second, first);

		this.clock.advance(Duration.ofMinutes(58));
		assertThat(published()).as("still within the retention").containsExactly(second, first);

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(published()).as("retired").containsExactly(second);
		assertThat(this.keys.activeKey().getKeyID()).isEqualTo(second);
	}

	@Test
	void FED_2_whenRotatedNow_thenTheNewKeySignsAtOnceAndAKeyMadeAheadIsDropped() throws Exception {
		String current = this.keys.rotateNow();
		this.clock.advance(Duration.ofDays(30).minusMinutes(10));
		String ahead = published().get(0);
		assertThat(ahead).isNotEqualTo(current);

		String emergency = this.keys.rotateNow();

		assertThat(this.keys.activeKey().getKeyID()).isEqualTo(emergency);
		assertThat(published()).containsExactly(emergency, current).doesNotContain(ahead);
	}

	private List<String> published() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(FederationServerTest.Port.issuer() + "/oauth2/jwks")).build(),
					HttpResponse.BodyHandlers.ofString());
		return JWKSet.parse(response.body()).getKeys().stream().map(JWK::getKeyID).toList();
	}

}
