package gov.irs.secureaccess.factors.totp;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * RFC 4648 base 32 (alphabet {@code A-Z2-7}) without padding: the form authenticator apps
 * expect for a secret in an {@code otpauth://} URI and for manual entry. Decoding ignores
 * case, spaces, hyphens and trailing {@code =}.
 */
final class Base32 {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private Base32() {
	}

	static String encode(byte[] bytes) {
		StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 0x1f));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1f));
		}
		return out.toString();
	}

	static byte[] decode(String text) {
		String tidy = text.replaceAll("[\\s-]", "").replaceAll("=+$", "").toUpperCase(Locale.ROOT);
		ByteArrayOutputStream out = new ByteArrayOutputStream(tidy.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (int i = 0; i < tidy.length(); i++) {
			int value = ALPHABET.indexOf(tidy.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("Not base 32");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >>> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
