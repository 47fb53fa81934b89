package gov.irs.secureaccess.factors.totp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGN-3: RFC 6238 Appendix B test vectors, computed through {@link TotpCodeGenerator},
 * the one constructor the verifier's configuration
 * ({@link TotpCodeGenerator#signInCodes()}) also goes through, with 8 digits as in the
 * RFC.
 */
class TotpRfc6238VectorsTest {

	private static final byte[] SEED_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SEED_SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SEED_SHA512 = "1234567890123456789012345678901234567890123456789012345678901234"
		.getBytes(StandardCharsets.US_ASCII);

	// SIGN-3
	@ParameterizedTest(name = "SHA1 at {0} -> {1}")
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void whenRfc6238Sha1Vector_thenGeneratorGivesTheRfcCode(long unixSeconds, String expected) {
		TotpCodeGenerator generator = new TotpCodeGenerator(8, TotpCodeGenerator.HMAC_SHA1);

		assertThat(generator.codeAt(SEED_SHA1, Instant.ofEpochSecond(unixSeconds))).isEqualTo(expected);
		assertThat(generator.codeOfStep(SEED_SHA1, TotpCodeGenerator.stepAt(Instant.ofEpochSecond(unixSeconds))))
			.isEqualTo(expected);
	}

	// SIGN-3: the six-digit sign-in code is the same truncation, modulo 10^6 (RFC 4226
	// section 5.3).
	@ParameterizedTest(name = "SHA1 6 digits at {0} -> {1}")
	@CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
			"20000000000, 353130" })
	void whenRfc6238Sha1VectorWithSignInSettings_thenTheLastSixDigits(long unixSeconds, String expected) {
		assertThat(TotpCodeGenerator.signInCodes().codeAt(SEED_SHA1, Instant.ofEpochSecond(unixSeconds)))
			.isEqualTo(expected);
	}

	// SIGN-3 (the generator path is not tied to SHA-1: the RFC's other rows pass through
	// the same constructor)
	@ParameterizedTest(name = "SHA256 at {0} -> {1}")
	@CsvSource({ "59, 46119246", "1111111109, 68084774", "1111111111, 67062674", "1234567890, 91819424",
			"2000000000, 90698825", "20000000000, 77737706" })
	void whenRfc6238Sha256Vector_thenGeneratorGivesTheRfcCode(long unixSeconds, String expected) {
		assertThat(new TotpCodeGenerator(8, "HmacSHA256").codeAt(SEED_SHA256, Instant.ofEpochSecond(unixSeconds)))
			.isEqualTo(expected);
	}

	// SIGN-3
	@ParameterizedTest(name = "SHA512 at {0} -> {1}")
	@CsvSource({ "59, 90693936", "1111111109, 25091201", "1111111111, 99943326", "1234567890, 93441116",
			"2000000000, 38618901", "20000000000, 47863826" })
	void whenRfc6238Sha512Vector_thenGeneratorGivesTheRfcCode(long unixSeconds, String expected) {
		assertThat(new TotpCodeGenerator(8, "HmacSHA512").codeAt(SEED_SHA512, Instant.ofEpochSecond(unixSeconds)))
			.isEqualTo(expected);
	}

	// SIGN-3: HMAC-SHA-1, 6 digits, 30-second step.
	@Test
	void whenSignInCodes_thenSha1SixDigitsThirtySeconds() {
		TotpCodeGenerator signIn = TotpCodeGenerator.signInCodes();

		assertThat(signIn.digits()).isEqualTo(6);
		assertThat(TotpCodeGenerator.HMAC_SHA1).isEqualTo("HmacSHA1");
		assertThat(TotpCodeGenerator.TIME_STEP).hasSeconds(30);
		assertThat(TotpCodeGenerator.stepAt(Instant.ofEpochSecond(59))).isEqualTo(1);
		assertThat(TotpCodeGenerator.stepAt(Instant.ofEpochSecond(60))).isEqualTo(2);
	}

	// SIGN-3: the verifier itself accepts the RFC's row at T=59 (6 digits).
	@Test
	void whenVerifierAtRfcTime59_thenAcceptsTheRfcCode() {
		TotpVerifier verifier = new TotpVerifier(TotpSettings.defaults(), MutableClock.at("1970-01-01T00:00:59Z"));

		TotpMatch match = verifier.check(TotpSecret.of(SEED_SHA1), "287082", null);

		assertThat(match).isEqualTo(TotpMatch.accepted(1));
	}

}
