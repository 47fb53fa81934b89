package gov.irs.secureaccess.factors.passkey;

import com.webauthn4j.data.client.Origin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The origins a ceremony is accepted from: the relying party id and its subdomains, over
 * https.
 */
class PasskeyOriginTest {

	private final Passkeys passkeys = new Passkeys(null, new PasskeyProperties("sa.irs.gov", "Secure Access", 10), null,
			null, null);

	private final Passkeys local = new Passkeys(null, new PasskeyProperties("localhost", "Secure Access", 10), null,
			null, null);

	@Test
	void whenTheOriginIsTheRelyingPartyOverHttps_thenItIsAccepted_andLookAlikesAreNot() {
		assertThat(this.passkeys.acceptsOrigin(new Origin("https://sa.irs.gov"))).isTrue();
		assertThat(this.passkeys.acceptsOrigin(new Origin("https://login.sa.irs.gov"))).isTrue();
		assertThat(this.passkeys.acceptsOrigin(new Origin("http://sa.irs.gov"))).isFalse();
		assertThat(this.passkeys.acceptsOrigin(new Origin("https://evilsa.irs.gov"))).isFalse();
		assertThat(this.passkeys.acceptsOrigin(new Origin("https://sa.irs.gov.example"))).isFalse();
		assertThat(this.local.acceptsOrigin(new Origin("http://localhost:8080"))).isTrue();
		assertThat(this.local.acceptsOrigin(new Origin("http://127.0.0.1:8080"))).isFalse();
	}

}
