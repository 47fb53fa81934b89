package gov.irs.secureaccess.platform.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys in force: every PII key by id (to open old values), the active one (to seal
 * new ones), the lookup key.
 */
public final class KeyRing {

	private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private final Map<String, SecretKey> piiKeys;

	private final String activeKeyId;

	private final SecretKey lookupKey;

	public KeyRing(Map<String, String> base64PiiKeys, String activeKeyId, String base64LookupKey) {
		if (base64PiiKeys == null || base64PiiKeys.isEmpty()) {
			throw new IllegalArgumentException("secure-access.crypto.pii-keys must name at least one key");
		}
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		base64PiiKeys.forEach((id, value) -> {
			if (!KEY_ID.matcher(id).matches()) {
				throw new IllegalArgumentException("PII key id '" + id + "' must be 1-32 letters, digits, '-' or '_'");
			}
			keys.put(id, new SecretKeySpec(decode("secure-access.crypto.pii-keys." + id, value), "AES"));
		});
		if (activeKeyId == null || !keys.containsKey(activeKeyId)) {
			throw new IllegalArgumentException("secure-access.crypto.active-pii-key must name one of the pii-keys");
		}
		this.piiKeys = Map.copyOf(keys);
		this.activeKeyId = activeKeyId;
		this.lookupKey = new SecretKeySpec(decode("secure-access.crypto.lookup-key", base64LookupKey), "HmacSHA256");
	}

	private static byte[] decode(String setting, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(setting + " is not set");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(value.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(setting + " is not valid base64");
		}
		if (bytes.length != 32) {
			throw new IllegalArgumentException(setting + " must be 32 bytes (256 bits), base64-encoded");
		}
		return bytes;
	}

	String activeKeyId() {
		return this.activeKeyId;
	}

	SecretKey piiKey(String keyId) {
		SecretKey key = this.piiKeys.get(keyId);
		if (key == null) {
			throw new CryptoException("No PII key with id '" + keyId + "' is configured");
		}
		return key;
	}

	SecretKey lookupKey() {
		return this.lookupKey;
	}

}
