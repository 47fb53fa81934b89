package gov.irs.secureaccess.accounts.username;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.accounts.Refusal;
import gov.irs.secureaccess.accounts.Verdict;

/**
 * REG-7: a username chosen by the user, unique, permanent. Read after NFKC normalisation;
 * at most one reason is given, the first of:
 *
 * <ol>
 * <li>{@code username.required}: empty.</li>
 * <li>{@code username.tooLong} {max}: more than {@value #MAX_LENGTH} characters.</li>
 * <li>{@code username.spaces}: any space, also leading or trailing (nothing is trimmed
 * silently).</li>
 * <li>{@code username.characters}: anything but ASCII letters, digits and {@code . _ - @}
 * (so an e-mail address can be used; other scripts are left out so that look-alike
 * letters cannot imitate another user's name).</li>
 * <li>{@code username.tooShort} {min}: fewer than {@value #MIN_LENGTH} characters.</li>
 * <li>{@code username.needsLetter}: no letter at all (all digits, or all
 * punctuation).</li>
 * <li>{@code username.containsSsn}: 9 digits in a row once {@code . _ - @} are removed
 * ({@code 123-45-6789}); {@code username.containsLongNumber}: 10 or more
 * ({@code 555.123.4567}). Usernames are shown on pages and in letters; they must not
 * carry an SSN, a phone or an account number.</li>
 * <li>{@code username.reserved}: names that could pass for the service or its staff.</li>
 * <li>{@code username.taken}: another account has the same canonical form
 * ({@link TakenUsernames}).</li>
 * </ol>
 */
public final class UsernamePolicy {

	public static final int MIN_LENGTH = 6;

	public static final int MAX_LENGTH = 64;

	private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._@-]+");

	private static final Pattern SEPARATORS = Pattern.compile("[._@-]");

	private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{9,}");

	private static final Pattern LETTER = Pattern.compile("[A-Za-z]");

	/** Compared with the canonical form without its separators. */
	private static final Set<String> RESERVED = Set.of("administrator", "secureaccess", "support", "helpdesk",
			"webmaster", "postmaster", "hostmaster", "security", "system", "official", "moderator", "irsgov",
			"irsadmin", "irsagent", "irshelp", "irssupport", "irsofficial", "irsteam", "taxpayeradvocate");

	private final TakenUsernames takenUsernames;

	/**
	 * A policy that asks the account store whether a name is taken.
	 * @param takenUsernames the account store's uniqueness check
	 */
	public UsernamePolicy(TakenUsernames takenUsernames) {
		this.takenUsernames = Objects.requireNonNull(takenUsernames, "takenUsernames");
	}

	/** Checks the form of a username, then whether it is taken. */
	public Verdict check(String username) {
		Verdict form = checkForm(username);
		if (!form.isAccepted()) {
			return form;
		}
		if (this.takenUsernames.isTaken(Username.canonicalOf(username))) {
			return Verdict.refused(Refusal.of("username.taken"));
		}
		return Verdict.accepted();
	}

	/** Checks the form only (no store look-up). */
	public static Verdict checkForm(String username) {
		if (username == null || username.isEmpty()) {
			return refused("username.required");
		}
		String normalized = Username.normalize(username);
		int length = normalized.codePointCount(0, normalized.length());
		if (length > MAX_LENGTH) {
			return Verdict.refused(Refusal.of("username.tooLong", MAX_LENGTH));
		}
		if (normalized.codePoints().anyMatch(UsernamePolicy::isSpace)) {
			return refused(normalized.isBlank() ? "username.required" : "username.spaces");
		}
		if (!ALLOWED.matcher(normalized).matches()) {
			return refused("username.characters");
		}
		if (length < MIN_LENGTH) {
			return Verdict.refused(Refusal.of("username.tooShort", MIN_LENGTH));
		}
		if (!LETTER.matcher(normalized).find()) {
			return refused("username.needsLetter");
		}
		String withoutSeparators = SEPARATORS.matcher(normalized).replaceAll("");
		Matcher digits = DIGIT_RUN.matcher(withoutSeparators);
		int longestRun = 0;
		while (digits.find()) {
			longestRun = Math.max(longestRun, digits.end() - digits.start());
		}
		if (longestRun == 9) {
			return refused("username.containsSsn");
		}
		if (longestRun > 9) {
			return refused("username.containsLongNumber");
		}
		if (RESERVED.contains(Username.canonicalOf(withoutSeparators))) {
			return refused("username.reserved");
		}
		return Verdict.accepted();
	}

	private static boolean isSpace(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
	}

	private static Verdict refused(String messageKey) {
		return Verdict.refused(Refusal.of(messageKey));
	}

}
