package gov.irs.secureaccess.factors.totp;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * RFC 6238 codes through {@code java-otp}: the one place where the algorithm, the number
 * of digits and the 30-second step are chosen. Sign-in uses {@link #signInCodes()}
 * (HMAC-SHA-1, 6 digits, SIGN-3); the RFC's test vectors go through the same constructor
 * with 8 digits.
 */
final class TotpCodeGenerator {

	/**
	 * RFC 6238 X: the time step, 30 seconds (the value every authenticator app assumes).
	 */
	static final Duration TIME_STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;

	static final String HMAC_SHA1 = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;

	static final int SIGN_IN_DIGITS = 6;

	private final TimeBasedOneTimePasswordGenerator generator;

	TotpCodeGenerator(int digits, String hmacAlgorithm) {
		this.generator = new TimeBasedOneTimePasswordGenerator(TIME_STEP, digits, hmacAlgorithm);
	}

	/** SIGN-3: HMAC-SHA-1, 6 digits, 30-second steps. */
	static TotpCodeGenerator signInCodes() {
		return new TotpCodeGenerator(SIGN_IN_DIGITS, HMAC_SHA1);
	}

	int digits() {
		return this.generator.getPasswordLength();
	}

	/** The RFC 6238 counter T = floor(unix seconds / 30) of an instant. */
	static long stepAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), TIME_STEP.getSeconds());
	}

	/** The code of the step that contains {@code instant}, zero-padded ASCII digits. */
	String codeAt(byte[] secret, Instant instant) {
		try {
			return this.generator.generateOneTimePasswordString(
					new SecretKeySpec(secret, this.generator.getAlgorithm()), instant, Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("Authenticator secret is not a usable HMAC key", ex);
		}
	}

	/** The code of time step {@code step}. */
	String codeOfStep(byte[] secret, long step) {
		return codeAt(secret, Instant.ofEpochSecond(Math.multiplyExact(step, TIME_STEP.getSeconds())));
	}

}
