package gov.irs.secureaccess.accounts.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * How many guesses an attacker would need, by nbvcxz (zxcvbn's approach: dictionaries,
 * keyboard patterns, sequences, repeats, dates, l33t). Built once; {@link #estimate} is
 * safe from many threads.
 *
 * <p>
 * Cost bounds: nbvcxz's time grows quickly with length and repetition (a 256-character
 * password can take over a second), so it looks only at the first {@code checkLength}
 * code points (a password whose first 64 characters are strong is strong) and its
 * combination search is cut off after {@value #COMBINATION_TIMEOUT_MS} ms, which gave the
 * same estimates as its default 500 ms on every password tried.
 */
final class GuessabilityEstimator {

	static final String NBVCXZ_PASSWORDS = "passwords";

	static final String BLOCKLIST = "blocklist";

	private static final long COMBINATION_TIMEOUT_MS = 100;

	private static final Set<String> COMMON_DICTIONARIES = Set.of(NBVCXZ_PASSWORDS, BLOCKLIST);

	private final Nbvcxz nbvcxz;

	private final Dictionary breachedPasswords;

	private final int checkLength;

	/**
	 * An estimator with the service's blocklist.
	 * @param blocklist extra words counted as common passwords (most common first): this
	 * service's context words and the operator's list
	 * @param checkLength how many leading code points nbvcxz reads
	 */
	GuessabilityEstimator(List<String> blocklist, int checkLength) {
		List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
		this.breachedPasswords = dictionaries.stream()
			.filter((dictionary) -> NBVCXZ_PASSWORDS.equals(dictionary.getDictionaryName()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("nbvcxz no longer ships its passwords dictionary"));
		if (!blocklist.isEmpty()) {
			DictionaryBuilder builder = new DictionaryBuilder().setDictionaryName(BLOCKLIST);
			int rank = 1;
			for (String word : blocklist) {
				builder.addWord(PasswordText.folded(word), rank++);
			}
			dictionaries.add(builder.createDictionary());
		}
		Configuration configuration = new ConfigurationBuilder().setDictionaries(dictionaries)
			.setCombinationAlgorithmTimeout(COMBINATION_TIMEOUT_MS)
			.createConfiguration();
		this.nbvcxz = new Nbvcxz(configuration);
		this.checkLength = checkLength;
	}

	/** nbvcxz's own breached-password dictionary, word to rank. */
	Map<String, Integer> breachedPasswords() {
		return this.breachedPasswords.getDictonary();
	}

	Estimate estimate(String normalized) {
		Result result = this.nbvcxz.estimate(PasswordText.prefix(normalized, this.checkLength));
		boolean common = result.getMatches()
			.stream()
			.anyMatch((match) -> match instanceof DictionaryMatch dictionary
					&& COMMON_DICTIONARIES.contains(dictionary.getDictionaryName()));
		return new Estimate(Math.log10(Math.max(1.0, result.getGuesses().doubleValue())), common);
	}

	/**
	 * How guessable a password is.
	 *
	 * @param guessesLog10 log10 of the estimated guesses
	 * @param containsCommonPassword whether a breached password or blocklist word is part
	 * of the estimate's best decomposition (then a weak password is reported as common
	 * rather than just guessable)
	 */
	record Estimate(double guessesLog10, boolean containsCommonPassword) {
	}

}
