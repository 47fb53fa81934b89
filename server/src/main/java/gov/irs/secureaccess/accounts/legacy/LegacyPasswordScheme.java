package gov.irs.secureaccess.accounts.legacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The legacy e-Services password scheme (REG-10; docs/legacy-accounts.md):
 * PBKDF2-HMAC-SHA256 (RFC 8018) over the UTF-8 bytes of the password exactly as typed,
 * written {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64
 * hash>} (standard base64, padding optional). Bouncy Castle computes it; the comparison
 * is constant-time. Only read to let a legacy user in once: the move to Secure Access
 * replaces it with Argon2id (PW-3) and deletes it.
 */
public final class LegacyPasswordScheme {

	public static final String PREFIX = "pbkdf2-sha256";

	/**
	 * Iteration bounds: an imported hash costlier than this would let anyone slow sign-in
	 * down at will.
	 */
	public static final int MIN_ITERATIONS = 1;

	public static final int MAX_ITERATIONS = 1_000_000;

	static final int MIN_HASH_BYTES = 16;

	static final int MAX_HASH_BYTES = 64;

	static final int MAX_SALT_BYTES = 64;

	private static final Pattern FORM = Pattern
		.compile("pbkdf2-sha256\\$(\\d{1,7})\\$([A-Za-z0-9+/]{2,100}={0,2})\\$([A-Za-z0-9+/]{20,100}={0,2})");

	private LegacyPasswordScheme() {
	}

	/** A parsed hash string. */
	record Parsed(int iterations, byte[] salt, byte[] hash) {
	}

	/**
	 * True when the password matches the stored string; false also when the string is not
	 * of this scheme.
	 */
	public static boolean verify(String password, String stored) {
		if (password == null) {
			return false;
		}
		Optional<Parsed> parsed = parse(stored);
		if (parsed.isEmpty()) {
			return false;
		}
		Parsed expected = parsed.get();
		byte[] actual = derive(password, expected.salt(), expected.iterations(), expected.hash().length);
		return MessageDigest.isEqual(actual, expected.hash());
	}

	/**
	 * Whether a stored string is of this scheme and within its bounds (what the import
	 * checks).
	 */
	public static boolean isWellFormed(String stored) {
		return parse(stored).isPresent();
	}

	/**
	 * A hash string of this scheme (for the generator and tests; the service never makes
	 * new legacy hashes).
	 */
	public static String hash(String password, byte[] salt, int iterations) {
		if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS || salt.length == 0
				|| salt.length > MAX_SALT_BYTES) {
			throw new IllegalArgumentException("iterations or salt out of bounds");
		}
		byte[] hash = derive(password, salt, iterations, 32);
		Base64.Encoder base64 = Base64.getEncoder();
		return PREFIX + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
	}

	static Optional<Parsed> parse(String stored) {
		if (stored == null) {
			return Optional.empty();
		}
		Matcher matcher = FORM.matcher(stored.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int iterations = Integer.parseInt(matcher.group(1));
		byte[] salt;
		byte[] hash;
		try {
			// Padding is accepted but not required.
			salt = Base64.getDecoder().decode(matcher.group(2));
			hash = Base64.getDecoder().decode(matcher.group(3));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS || salt.length == 0
				|| salt.length > MAX_SALT_BYTES || hash.length < MIN_HASH_BYTES || hash.length > MAX_HASH_BYTES) {
			return Optional.empty();
		}
		return Optional.of(new Parsed(iterations, salt, hash));
	}

	static byte[] derive(String password, byte[] salt, int iterations, int length) {
		PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
		generator.init(password.getBytes(StandardCharsets.UTF_8), salt, iterations);
		return ((KeyParameter) generator.generateDerivedParameters(length * 8)).getKey();
	}

}
