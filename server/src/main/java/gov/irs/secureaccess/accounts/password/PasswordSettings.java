package gov.irs.secureaccess.accounts.password;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password rules (PW-1, PW-2) and hashing costs (PW-3). Lengths count Unicode code points
 * after NFKC.
 *
 * <pre>
 * secure-access.passwords.min-length=12              # PW-1; may not be set below 12
 * secure-access.passwords.max-length=256             # may not be set below 64 (PW-1); longer is refused, not truncated
 * secure-access.passwords.min-guesses-log10=10       # refuse when nbvcxz estimates fewer than 10^10 guesses
 * secure-access.passwords.guessability-check-length=64   # nbvcxz looks at this many leading code points
 * secure-access.passwords.extra-blocklist=/etc/secure-access/blocked-passwords.txt   # optional, one per line
 * secure-access.passwords.argon2.memory-kib=19456    # OWASP's Argon2id minimum: m=19 MiB, t=2, p=1
 * secure-access.passwords.argon2.iterations=2
 * secure-access.passwords.argon2.parallelism=1
 * secure-access.passwords.hashing.threads=0          # 0: one per available core
 * secure-access.passwords.hashing.queue-limit=64     # hashes waiting beyond this are refused (503 + Retry-After)
 * secure-access.passwords.hashing.retry-after=1s
 * </pre>
 */
@ConfigurationProperties("secure-access.passwords")
public record PasswordSettings(@DefaultValue("12") int minLength, @DefaultValue("256") int maxLength,
		@DefaultValue("10") int minGuessesLog10, @DefaultValue("64") int guessabilityCheckLength, Path extraBlocklist,
		@DefaultValue Argon2 argon2, @DefaultValue Hashing hashing) {

	/** PW-1: at least 12 characters. */
	public static final int LEAST_MIN_LENGTH = 12;

	/** PW-1: at least 64 characters accepted. */
	public static final int LEAST_MAX_LENGTH = 64;

	public PasswordSettings {
		if (minLength < LEAST_MIN_LENGTH) {
			throw new IllegalArgumentException(
					"secure-access.passwords.min-length must be at least " + LEAST_MIN_LENGTH + " (PW-1)");
		}
		if (maxLength < Math.max(LEAST_MAX_LENGTH, minLength) || maxLength > 4096) {
			throw new IllegalArgumentException("secure-access.passwords.max-length must be between "
					+ Math.max(LEAST_MAX_LENGTH, minLength) + " and 4096 (PW-1)");
		}
		if (minGuessesLog10 < 0 || guessabilityCheckLength < minLength) {
			throw new IllegalArgumentException("secure-access.passwords.min-guesses-log10 must be >= 0 and "
					+ "guessability-check-length >= min-length");
		}
		argon2 = (argon2 != null) ? argon2 : Argon2.owaspDefaults();
		hashing = (hashing != null) ? hashing : new Hashing(0, 64, Duration.ofSeconds(1));
	}

	/** The defaults, as used when nothing is set. */
	public static PasswordSettings defaults() {
		return new PasswordSettings(12, 256, 10, 64, null, Argon2.owaspDefaults(), null);
	}

	/**
	 * Argon2id cost of new hashes. Stored hashes keep their own cost (read back from the
	 * PHC string), so these may rise at any time; hashes below them are rehashed at the
	 * next successful sign-in.
	 */
	public record Argon2(@DefaultValue("19456") int memoryKib, @DefaultValue("2") int iterations,
			@DefaultValue("1") int parallelism) {

		public Argon2 {
			Argon2Cost.check(memoryKib, iterations, parallelism);
		}

		public static Argon2 owaspDefaults() {
			return new Argon2(19456, 2, 1);
		}

		Argon2Cost cost() {
			return new Argon2Cost(this.memoryKib, this.iterations, this.parallelism);
		}

	}

	/**
	 * The bounded pool that runs hashes.
	 *
	 * @param threads hashing threads; 0 means one per available core
	 * @param queueLimit hashes allowed to wait for a thread; past it callers get
	 * {@link PasswordHashingBusyException}
	 * @param retryAfter what the 503 answer tells clients to wait
	 */
	public record Hashing(@DefaultValue("0") int threads, @DefaultValue("64") int queueLimit,
			@DefaultValue("1s") Duration retryAfter) {

		public Hashing {
			if (threads < 0 || queueLimit < 0) {
				throw new IllegalArgumentException(
						"secure-access.passwords.hashing.threads and .queue-limit must not be negative");
			}
			retryAfter = (retryAfter != null) ? retryAfter : Duration.ofSeconds(1);
		}

		int effectiveThreads() {
			return (this.threads > 0) ? this.threads : Runtime.getRuntime().availableProcessors();
		}

	}

}
