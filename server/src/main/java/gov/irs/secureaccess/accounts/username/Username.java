package gov.irs.secureaccess.accounts.username;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A username as the user chose it (REG-7) and its canonical form. Uniqueness and sign-in
 * look-ups use the canonical form (NFKC, lower-case), so {@code River.Otter} and
 * {@code river.otter} are one name; pages show {@link #display()}. Usernames are
 * permanent: nothing renames one.
 */
public record Username(String display, String canonical) {

	public Username {
		Objects.requireNonNull(display, "display");
		if (!canonical.equals(canonicalOf(display))) {
			throw new IllegalArgumentException("canonical form does not match the username");
		}
	}

	/** A username that {@link UsernamePolicy} accepted. */
	public static Username of(String accepted) {
		String display = normalize(accepted);
		return new Username(display, canonicalOf(display));
	}

	/** The form unique in the account store and used to find an account at sign-in. */
	public static String canonicalOf(String username) {
		return normalize(username).toLowerCase(Locale.ROOT);
	}

	static String normalize(String username) {
		return Normalizer.normalize(username, Normalizer.Form.NFKC);
	}

}
