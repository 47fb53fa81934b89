package gov.irs.secureaccess.platform.otp;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * How a code looks, how it is drawn, and how a typed code is tidied before it is
 * compared.
 */
public enum CodeFormat {

	/** Six digits, for email and text messages. */
	SIX_DIGITS {
		@Override
		String draw(SecureRandom random) {
			return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
		}

		@Override
		String normalise(String typed) {
			return typed.replaceAll("[\\s-]", "");
		}
	},

	/**
	 * Eight characters in two groups (e.g. {@code 7KQ4-M9TX}) from an alphabet without
	 * look-alikes (no 0/O, 1/I/L), for letters a person types from paper: about 40 bits.
	 */
	MAIL_CODE {
		private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

		@Override
		String draw(SecureRandom random) {
			StringBuilder code = new StringBuilder(9);
			for (int i = 0; i < 8; i++) {
				if (i == 4) {
					code.append('-');
				}
				code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			return code.toString();
		}

		@Override
		String normalise(String typed) {
			String tidy = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
			return (tidy.length() == 8) ? tidy.substring(0, 4) + "-" + tidy.substring(4) : tidy;
		}
	};

	abstract String draw(SecureRandom random);

	abstract String normalise(String typed);

}
