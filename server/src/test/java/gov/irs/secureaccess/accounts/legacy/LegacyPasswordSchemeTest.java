package gov.irs.secureaccess.accounts.legacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** REG-10: the documented legacy scheme, pbkdf2-sha256$iterations$salt$hash. */
class LegacyPasswordSchemeTest {

	@Test
	@DisplayName("REG-10: PBKDF2-HMAC-SHA256 gives the RFC 7914 section 11 test vectors")
	void REG_10_whenTheRfc7914VectorsAreDerived_thenTheyMatch() {
		assertThat(HexFormat.of()
			.formatHex(LegacyPasswordScheme.derive("passwd", "salt".getBytes(StandardCharsets.UTF_8), 1, 64)))
			.isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
					+ "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
		assertThat(HexFormat.of()
			.formatHex(LegacyPasswordScheme.derive("Password", "NaCl".getBytes(StandardCharsets.UTF_8), 80000, 64)))
			.isEqualTo("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
					+ "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
	}

	@Test
	@DisplayName("REG-10: a stored string written by hand from the vector verifies, padding or not")
	void REG_10_whenAStoredStringIsWrittenFromTheVector_thenItsPasswordVerifiesAndOthersDoNot() {
		String hash = Base64.getEncoder()
			.encodeToString(HexFormat.of()
				.parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
						+ "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
		String salt = Base64.getEncoder().encodeToString("salt".getBytes(StandardCharsets.UTF_8));
		String stored = "pbkdf2-sha256$1$" + salt + "$" + hash;

		assertThat(LegacyPasswordScheme.verify("passwd", stored)).isTrue();
		assertThat(LegacyPasswordScheme.verify("passwd", stored.replace("=", ""))).isTrue();
		assertThat(LegacyPasswordScheme.verify("Passwd", stored)).isFalse();
		assertThat(LegacyPasswordScheme.verify("passwd ", stored)).isFalse();
		assertThat(LegacyPasswordScheme.verify("", stored)).isFalse();
	}

	@Test
	void REG_10_whenHashedWithASaltAndCount_thenOnlyThatPasswordVerifiesAndTheCountIsKept() {
		byte[] salt = new byte[16];
		salt[0] = 7;
		String stored = LegacyPasswordScheme.hash("Reforma-250-eServices", salt, 1000);

		assertThat(stored).startsWith("pbkdf2-sha256$1000$");
		assertThat(LegacyPasswordScheme.verify("Reforma-250-eServices", stored)).isTrue();
		assertThat(LegacyPasswordScheme.verify("reforma-250-eservices", stored)).isFalse();
		assertThat(LegacyPasswordScheme.verify("Reforma-250-eServices", stored.replace("$1000$", "$1001$"))).isFalse();
		String unicode = LegacyPasswordScheme.hash("contraseña año", salt, 10);
		assertThat(LegacyPasswordScheme.verify("contraseña año", unicode)).isTrue();
	}

	@Test
	void REG_10_whenTheStoredStringIsNotOfTheSchemeOrOutOfBounds_thenNothingVerifies() {
		String good = LegacyPasswordScheme.hash("secret", new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, 5);
		assertThat(LegacyPasswordScheme.isWellFormed(good)).isTrue();
		for (String bad : new String[] { null, "", "secret", good.replace("pbkdf2-sha256", "pbkdf2-sha1"),
				good.replace("$5$", "$0$"), good.replace("$5$", "$1000001$"), good.replace("$5$", "$$"),
				good + "$extra", "pbkdf2-sha256$5$AQID$AQID", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA" }) {
			assertThat(LegacyPasswordScheme.isWellFormed(bad)).as(String.valueOf(bad)).isFalse();
			assertThat(LegacyPasswordScheme.verify("secret", bad)).isFalse();
		}
		assertThat(LegacyPasswordScheme.verify(null, good)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> LegacyPasswordScheme.hash("x", new byte[8], 0));
		assertThatIllegalArgumentException().isThrownBy(() -> LegacyPasswordScheme.hash("x", new byte[0], 10));
	}

}
