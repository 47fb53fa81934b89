package gov.irs.secureaccess.factors.totp;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The shared secret of one authenticator app: 20 random bytes (160 bits, the length RFC
 * 4226 section 4 recommends and that of an HMAC-SHA-1 output). It is shown once, at
 * enrolment (APP-1), and stored only sealed (DATA-1); its {@link #toString()} never
 * reveals it, so it cannot slip into a log by accident (DATA-3).
 */
public final class TotpSecret {

	public static final int LENGTH_BYTES = 20;

	private final byte[] bytes;

	private TotpSecret(byte[] bytes) {
		this.bytes = bytes.clone();
	}

	static TotpSecret random(SecureRandom random) {
		byte[] bytes = new byte[LENGTH_BYTES];
		random.nextBytes(bytes);
		return new TotpSecret(bytes);
	}

	static TotpSecret of(byte[] bytes) {
		if (bytes.length < 16) {
			throw new IllegalArgumentException("An authenticator secret needs at least 128 bits (RFC 4226)");
		}
		return new TotpSecret(bytes);
	}

	static TotpSecret fromBase32(String base32) {
		return of(Base32.decode(base32));
	}

	byte[] bytes() {
		return this.bytes.clone();
	}

	/**
	 * RFC 4648 base 32 without padding, as in the {@code otpauth://} URI (32 characters
	 * for 20 bytes).
	 */
	public String base32() {
		return Base32.encode(this.bytes);
	}

	/**
	 * The base 32 form in groups of four ({@code ABCD EFGH ...}), for typing into an app
	 * by hand.
	 */
	public String forManualEntry() {
		String plain = base32();
		StringBuilder grouped = new StringBuilder(plain.length() + plain.length() / 4);
		for (int i = 0; i < plain.length(); i += 4) {
			if (i > 0) {
				grouped.append(' ');
			}
			grouped.append(plain, i, Math.min(i + 4, plain.length()));
		}
		return grouped.toString();
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof TotpSecret that) && MessageDigest.isEqual(this.bytes, that.bytes);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.bytes);
	}

	@Override
	public String toString() {
		return "TotpSecret[redacted]";
	}

}
