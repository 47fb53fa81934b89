package gov.irs.secureaccess.platform.crypto;

import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

/**
 * Seals a small storage record as JSON under a column context (DATA-1), and opens it
 * back.
 */
public final class SealedJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PiiCipher cipher;

	public SealedJson(PiiCipher cipher) {
		this.cipher = Objects.requireNonNull(cipher, "cipher");
	}

	public String seal(Object payload, String context) {
		return this.cipher.seal(JSON.writeValueAsString(payload), context);
	}

	public <T> T open(String sealed, String context, Class<T> type) {
		return JSON.readValue(this.cipher.open(sealed, context), type);
	}

}
