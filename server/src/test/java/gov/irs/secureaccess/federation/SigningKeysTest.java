package gov.irs.secureaccess.federation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import gov.irs.secureaccess.support.RunningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-2's signing keys: kept in the database with the private half sealed (never in
 * clear), the same after a restart, rotated on schedule with the previous key still
 * published until its tokens have expired.
 */
class SigningKeysTest {

	@Test
	void FED_2_whenTheServiceRestarts_thenTheSameSigningKeyIsPublished(@TempDir Path data) throws Exception {
		Map<String, String> settings = Map.of("secure-access.data-dir", data.toString());
		String before;
		try (RunningService first = RunningService.start(settings)) {
			before = JWKSet.parse(first.get("/oauth2/jwks").body()).getKeys().get(0).getKeyID();
			String sealed = first.context()
				.getBean(JdbcClient.class)
				.sql("select private_sealed from federation_signing_key where kid = :kid")
				.param("kid", before)
				.query(String.class)
				.single();
			assertThat(sealed).as("the private key is sealed, not JSON").doesNotContain("\"d\"").doesNotContain("{");
		}
		try (RunningService second = RunningService.start(settings)) {
			List<JWK> keys = JWKSet.parse(second.get("/oauth2/jwks").body()).getKeys();
			assertThat(keys).extracting(JWK::getKeyID).containsExactly(before);
			assertThat(keys.get(0).isPrivate()).as("only public keys are published").isFalse();
		}
	}

}
