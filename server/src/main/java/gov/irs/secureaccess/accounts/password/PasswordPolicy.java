package gov.irs.secureaccess.accounts.password;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import gov.irs.secureaccess.accounts.Refusal;
import gov.irs.secureaccess.accounts.Verdict;

/**
 * PW-1 and PW-2, after NIST SP 800-63B 5.1.1.2: length and blocklists only, no
 * composition rules, no expiry, no hints. Lengths are code points of the NFKC form
 * ({@link PasswordText}).
 *
 * <ol>
 * <li>{@code password.tooShort} {min}, {@code password.tooLong} {max} (an upper bound, so
 * nobody can make the server hash or estimate megabytes), {@code password.unprintable}
 * (control characters): when one of these applies it is the only reason given.</li>
 * <li>{@code password.containsUsername}, {@code password.containsEmail}:
 * case-insensitive; only for a username or e-mail local part of at least
 * {@value #LEAST_CONTAINED_LENGTH} characters, also with its {@code . _ - @} separators
 * removed; the whole e-mail address always.</li>
 * <li>{@code password.common}: on the common/breached list ({@link CommonPasswords}), or
 * a weak estimate built on one (e.g. {@code password1234}).</li>
 * <li>{@code password.guessable}: nbvcxz estimates fewer than 10^{min-guesses-log10}
 * guesses (default 10^10, about 33 bits: an offline attack on a fast hash would find it
 * quickly). Four random words, or a long sentence of common words, are far above
 * this.</li>
 * </ol>
 */
public final class PasswordPolicy {

	/**
	 * Usernames and e-mail local parts shorter than this are not looked for inside
	 * passwords.
	 */
	static final int LEAST_CONTAINED_LENGTH = 4;

	private final PasswordSettings settings;

	private final CommonPasswords commonPasswords;

	private final GuessabilityEstimator estimator;

	PasswordPolicy(PasswordSettings settings, CommonPasswords commonPasswords, GuessabilityEstimator estimator) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.commonPasswords = Objects.requireNonNull(commonPasswords, "commonPasswords");
		this.estimator = Objects.requireNonNull(estimator, "estimator");
	}

	/**
	 * Loads the lists (once, at start-up: about half a second) and builds the policy:
	 * nbvcxz's breached passwords, {@code passwords/context-words.txt}, and the file
	 * named by {@code secure-access.passwords.extra-blocklist}.
	 */
	public static PasswordPolicy load(PasswordSettings settings) {
		List<String> blocklist = new ArrayList<>(PasswordList.readResource("passwords/context-words.txt"));
		if (settings.extraBlocklist() != null) {
			blocklist.addAll(PasswordList.read(settings.extraBlocklist()));
		}
		GuessabilityEstimator estimator = new GuessabilityEstimator(blocklist, settings.guessabilityCheckLength());
		CommonPasswords common = new CommonPasswords(List.of(estimator.breachedPasswords().keySet(), blocklist),
				settings.minLength());
		return new PasswordPolicy(settings, common, estimator);
	}

	/**
	 * Checks a new password.
	 * @param password as typed (not trimmed)
	 * @param username the account's username, or null when not chosen yet
	 * @param email the account's e-mail address, or null
	 */
	public Verdict check(String password, String username, String email) {
		Objects.requireNonNull(password, "password");
		String normalized = PasswordText.normalize(password);
		int length = PasswordText.length(normalized);
		if (length < this.settings.minLength()) {
			return Verdict.refused(Refusal.of("password.tooShort", this.settings.minLength()));
		}
		if (length > this.settings.maxLength()) {
			return Verdict.refused(Refusal.of("password.tooLong", this.settings.maxLength()));
		}
		if (!PasswordText.isPrintable(normalized)) {
			return Verdict.refused(Refusal.of("password.unprintable"));
		}
		List<Refusal> refusals = new ArrayList<>();
		String folded = normalized.toLowerCase(Locale.ROOT);
		if (containsAny(folded, usernameForms(username))) {
			refusals.add(Refusal.of("password.containsUsername"));
		}
		if (containsAny(folded, emailForms(email))) {
			refusals.add(Refusal.of("password.containsEmail"));
		}
		if (this.commonPasswords.contains(normalized)) {
			refusals.add(Refusal.of("password.common"));
		}
		else {
			GuessabilityEstimator.Estimate estimate = this.estimator.estimate(normalized);
			if (estimate.guessesLog10() < this.settings.minGuessesLog10()) {
				refusals.add(estimate.containsCommonPassword() ? Refusal.of("password.common")
						: Refusal.of("password.guessable"));
			}
		}
		return new Verdict(refusals);
	}

	private static Set<String> usernameForms(String username) {
		Set<String> forms = new LinkedHashSet<>();
		if (username != null) {
			addWithAndWithoutSeparators(forms, PasswordText.folded(username.strip()));
		}
		return forms;
	}

	private static Set<String> emailForms(String email) {
		Set<String> forms = new LinkedHashSet<>();
		if (email == null || email.isBlank()) {
			return forms;
		}
		String folded = PasswordText.folded(email.strip());
		forms.add(folded);
		int at = folded.lastIndexOf('@');
		if (at > 0) {
			addWithAndWithoutSeparators(forms, folded.substring(0, at));
		}
		return forms;
	}

	private static void addWithAndWithoutSeparators(Set<String> forms, String value) {
		for (String form : new String[] { value, value.replaceAll("[._@+-]", "") }) {
			if (PasswordText.length(form) >= LEAST_CONTAINED_LENGTH) {
				forms.add(form);
			}
		}
	}

	private static boolean containsAny(String folded, Set<String> forms) {
		return forms.stream().anyMatch(folded::contains);
	}

}
