package gov.irs.secureaccess.platform.crypto;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DATA-1 and DATA-5: lookups and one-time codes use keyed hashes, not the values. */
class KeyedHashTest {

	private final KeyedHash hash = new KeyedHash(TestKeys.ring());

	@Test
	void DATA_5_whenACodeIsHashed_thenTheSameCodeMatchesAndAnotherDoesNot() {
		String stored = this.hash.of("otp.sms", "123456");

		assertThat(stored).hasSize(64).doesNotContain("123456");
		assertThat(this.hash.matches("otp.sms", "123456", stored)).isTrue();
		assertThat(this.hash.matches("otp.sms", "123457", stored)).isFalse();
		assertThat(this.hash.matches("otp.sms", null, stored)).isFalse();
	}

	@Test
	void whenPurposesDiffer_thenHashesDiffer() {
		assertThat(this.hash.of("ssn", "666123456")).isNotEqualTo(this.hash.of("phone", "666123456"));
	}

	@Test
	void whenTheLookupKeyDiffers_thenHashesDiffer() {
		KeyedHash other = new KeyedHash(new KeyRing(Map.of("k1", TestKeys.key(1)), "k1", TestKeys.key(8)));

		assertThat(other.of("ssn", "666123456")).isNotEqualTo(this.hash.of("ssn", "666123456"));
	}

}
