package gov.irs.secureaccess.factors.totp;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import gov.irs.secureaccess.support.QrDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** APP-1: the secret, its base 32 forms, the otpauth:// URI and its QR code. */
class TotpProvisioningTest {

	private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	// APP-1: RFC 4648 section 10 test vectors, without the padding.
	@ParameterizedTest
	@CsvSource({ "'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB",
			"foobar, MZXW6YTBOI" })
	void whenRfc4648Vectors_thenBase32WithoutPaddingAndBack(String plain, String encoded) {
		assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
		assertThat(new String(Base32.decode(encoded), StandardCharsets.US_ASCII)).isEqualTo(plain);
		assertThat(new String(Base32.decode(encoded.toLowerCase() + "===="), StandardCharsets.US_ASCII))
			.isEqualTo(plain);
	}

	// APP-1
	@Test
	void whenNotBase32_thenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Base32.decode("MZXW1")); // 1
																						// is
																						// not
																						// in
																						// the
																						// alphabet
	}

	// APP-1: 20 random bytes (160 bits, RFC 4226), 32 base 32 characters, shown in groups
	// of four.
	@Test
	void whenANewSecret_then160RandomBitsIn32CharactersGroupedByFour() {
		SecureRandom random = new SecureRandom();
		TotpSecret secret = TotpSecret.random(random);
		Set<String> many = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			many.add(TotpSecret.random(random).base32());
		}

		assertThat(secret.bytes()).hasSize(20);
		assertThat(secret.base32()).matches("[A-Z2-7]{32}");
		assertThat(secret.forManualEntry()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
		assertThat(secret.forManualEntry().replace(" ", "")).isEqualTo(secret.base32());
		assertThat(TotpSecret.fromBase32(secret.forManualEntry().toLowerCase())).isEqualTo(secret);
		assertThat(many).hasSize(100);
	}

	// DATA-3: the secret never shows in toString (logs, exceptions).
	@Test
	void whenPrinted_thenTheSecretIsRedacted() {
		TotpSecret secret = TotpSecret.of(RFC_SEED);
		Provisioning provisioning = new Provisioning(OtpAuthUri.of("alice", secret), secret.forManualEntry());

		assertThat(secret.toString()).doesNotContain(secret.base32()).contains("redacted");
		assertThat(provisioning.toString()).doesNotContain(secret.base32()).doesNotContain("GEZD");
	}

	// APP-1: the Key URI format authenticator apps read.
	@Test
	void whenProvisioning_thenOtpauthUriWithIssuerLabelAndParameters() {
		TotpSecret secret = TotpSecret.of(RFC_SEED);

		String uri = OtpAuthUri.of("alice.smith@example.test", secret);

		assertThat(uri).isEqualTo("otpauth://totp/Secure%20Access:alice.smith%40example.test"
				+ "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Secure%20Access&algorithm=SHA1&digits=6&period=30");
		URI parsed = URI.create(uri);
		assertThat(parsed.getScheme()).isEqualTo("otpauth");
		assertThat(parsed.getHost()).isEqualTo("totp");
		assertThat(parsed.getPath()).isEqualTo("/Secure Access:alice.smith@example.test");
		assertThat(parsed.getQuery()).contains("issuer=Secure Access");
	}

	// APP-1: characters that would break the label are percent-encoded (no '+' for space,
	// ':' inside a name encoded so apps cannot read a different issuer).
	@Test
	void whenTheUsernameHasReservedCharacters_thenTheyArePercentEncoded() {
		String uri = OtpAuthUri.of("a b:c/d?e&f=g+h#é", TotpSecret.of(RFC_SEED));

		assertThat(uri).startsWith("otpauth://totp/Secure%20Access:a%20b%3Ac%2Fd%3Fe%26f%3Dg%2Bh%23%C3%A9?secret=");
		assertThat(URI.create(uri).getPath()).isEqualTo("/Secure Access:a b:c/d?e&f=g+h#é");
	}

	// APP-1: the QR code is a PNG that decodes back to the exact URI.
	@Test
	void whenQrCodeOfTheUri_thenAPngThatDecodesBackToIt() throws Exception {
		String uri = OtpAuthUri.of("alice.smith", TotpSecret.random(new SecureRandom()));

		byte[] png = QrCodes.png(uri, 240);

		assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(240);
		assertThat(image.getHeight()).isEqualTo(240);
		String decoded = QrDecoder.decode(image);
		assertThat(decoded).isEqualTo(uri);
	}

	// APP-1
	@Test
	void whenQrSizeOutOfBounds_thenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png("otpauth://totp/x", 10));
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png("otpauth://totp/x", 100_000));
	}

}
