package gov.irs.secureaccess.taxapps.documents;

import java.security.SecureRandom;

/**
 * Receipt numbers: {@code DD-XXXX-XXXX-XXXX-XXXX}, sixteen characters of Crockford's base
 * 32 (no I, L, O or U, so nothing is misread on the phone) from a strong random source:
 * 80 bits, not guessable, easy to read out.
 */
final class ReceiptNumbers {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final String PATTERN = "DD(-[0-9A-HJKMNP-TV-Z]{4}){4}";

	private final SecureRandom random = new SecureRandom();

	String next() {
		StringBuilder number = new StringBuilder("DD");
		for (int group = 0; group < 4; group++) {
			number.append('-');
			for (int i = 0; i < 4; i++) {
				number.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
			}
		}
		return number.toString();
	}

}
