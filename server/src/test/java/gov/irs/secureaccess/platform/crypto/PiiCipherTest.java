package gov.irs.secureaccess.platform.crypto;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DATA-1: PII is sealed with AES-GCM under a named key, so keys can rotate. */
class PiiCipherTest {

	private final PiiCipher cipher = new PiiCipher(TestKeys.ring());

	@Test
	void DATA_1_whenSealed_thenTheKeyIdLeadsAndThePlaintextIsGone() {
		String sealed = this.cipher.seal("666-12-3456", "tax_record.payload");

		assertThat(sealed).startsWith("k1:").doesNotContain("666").doesNotContain("3456");
		assertThat(PiiCipher.keyIdOf(sealed)).isEqualTo("k1");
		assertThat(this.cipher.open(sealed, "tax_record.payload")).isEqualTo("666-12-3456");
	}

	@Test
	void whenTheSameValueIsSealedTwice_thenTheCiphertextsDiffer() {
		assertThat(this.cipher.seal("Ana López", "x")).isNotEqualTo(this.cipher.seal("Ana López", "x"));
		assertThat(this.cipher.open(this.cipher.seal("Ana López", "x"), "x")).isEqualTo("Ana López");
	}

	@Test
	void whenOpenedInAnotherContext_thenItFails() {
		String sealed = this.cipher.seal("secret", "journey.data");

		assertThatThrownBy(() -> this.cipher.open(sealed, "outbox.body")).isInstanceOf(CryptoException.class)
			.hasMessageNotContaining("secret");
	}

	@Test
	void whenTheCiphertextIsAltered_thenItFails() {
		String sealed = this.cipher.seal("secret", "c");
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
		bytes[14] ^= 0x01;
		String altered = "k1:" + Base64.getEncoder().encodeToString(bytes);

		assertThatThrownBy(() -> this.cipher.open(altered, "c")).isInstanceOf(CryptoException.class);
	}

	@Test
	void whenTheActiveKeyRotates_thenOldValuesStillOpenAndNewOnesUseTheNewKey() {
		String old = this.cipher.seal("old value", "c");
		PiiCipher rotated = new PiiCipher(
				new KeyRing(Map.of("k1", TestKeys.key(1), "k2", TestKeys.key(2)), "k2", TestKeys.key(9)));

		assertThat(rotated.open(old, "c")).isEqualTo("old value");
		assertThat(rotated.seal("new value", "c")).startsWith("k2:");
	}

	@Test
	void whenAValueNamesARetiredKey_thenItFailsWithoutRevealingIt() {
		String sealed = this.cipher.seal("value", "c");
		PiiCipher other = new PiiCipher(new KeyRing(Map.of("k2", TestKeys.key(2)), "k2", TestKeys.key(9)));

		assertThatThrownBy(() -> other.open(sealed, "c")).isInstanceOf(CryptoException.class)
			.hasMessageContaining("k1");
	}

	@Test
	void whenKeysAreMisconfigured_thenStartUpSaysWhich() {
		assertThatIllegalArgumentException().isThrownBy(() -> new KeyRing(Map.of(), "k1", TestKeys.key(9)))
			.withMessageContaining("pii-keys");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new KeyRing(Map.of("k1", "c2hvcnQ="), "k1", TestKeys.key(9)))
			.withMessageContaining("32 bytes");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new KeyRing(Map.of("k1", TestKeys.key(1)), "k3", TestKeys.key(9)))
			.withMessageContaining("active-pii-key");
		assertThatIllegalArgumentException().isThrownBy(() -> new KeyRing(Map.of("k1", TestKeys.key(1)), "k1", null))
			.withMessageContaining("lookup-key");
	}

}
