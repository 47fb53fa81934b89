package gov.irs.secureaccess.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;

/**
 * HMAC-SHA-256 under the lookup key: finds a row by SSN, phone number or email without
 * storing the value, and keeps one-time codes only as hashes (DATA-1, DATA-5). The
 * purpose is mixed in, so the same value hashes differently per use.
 */
public final class KeyedHash {

	private final KeyRing keys;

	public KeyedHash(KeyRing keys) {
		this.keys = keys;
	}

	/** Lower-case hex of HMAC(lookupKey, purpose || 0x00 || value). */
	public String of(String purpose, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.keys.lookupKey());
			mac.update(purpose.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new CryptoException("Could not hash a value for " + purpose, ex);
		}
	}

	/** Constant-time comparison of a candidate value against a stored hash. */
	public boolean matches(String purpose, String candidate, String storedHash) {
		if (candidate == null || storedHash == null) {
			return false;
		}
		return MessageDigest.isEqual(of(purpose, candidate).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

}
