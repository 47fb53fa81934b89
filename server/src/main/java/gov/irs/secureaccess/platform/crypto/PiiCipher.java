package gov.irs.secureaccess.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts PII for storage with AES-256-GCM (DATA-1). A sealed value reads
 * {@code keyId:base64(nonce || ciphertext)}; the key id lets keys rotate: new values use
 * the active key, old ones open with the key they name. The context (for example
 * {@code "tax_record.payload"}) is bound as associated data, so a value copied into
 * another column does not open.
 */
public final class PiiCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final KeyRing keys;

	private final SecureRandom random = new SecureRandom();

	public PiiCipher(KeyRing keys) {
		this.keys = keys;
	}

	public String seal(String plaintext, String context) {
		if (plaintext == null) {
			return null;
		}
		String keyId = this.keys.activeKeyId();
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.piiKey(keyId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
			return keyId + ":" + Base64.getEncoder().encodeToString(out.array());
		}
		catch (GeneralSecurityException ex) {
			throw new CryptoException("Could not seal a value for " + context, ex);
		}
	}

	public String open(String sealed, String context) {
		if (sealed == null) {
			return null;
		}
		int colon = sealed.indexOf(':');
		if (colon < 1) {
			throw new CryptoException("Stored value for " + context + " has no key id");
		}
		String keyId = sealed.substring(0, colon);
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(sealed.substring(colon + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new CryptoException("Stored value for " + context + " is not base64");
		}
		if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new CryptoException("Stored value for " + context + " is too short");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.keys.piiKey(keyId),
					new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new CryptoException("Stored value for " + context + " failed authentication", ex);
		}
	}

	/**
	 * The id of the key a stored value was sealed with, so a re-encryption job can find
	 * values on retired keys.
	 */
	public static String keyIdOf(String sealed) {
		int colon = sealed.indexOf(':');
		return (colon > 0) ? sealed.substring(0, colon) : null;
	}

}
