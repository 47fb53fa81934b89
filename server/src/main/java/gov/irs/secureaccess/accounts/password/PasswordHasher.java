package gov.irs.secureaccess.accounts.password;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * PW-3: passwords are stored as salted Argon2id hashes in PHC string form, scheme and
 * cost beside each hash, so costs can rise later. The password is NFKC-normalised and
 * UTF-8 encoded before hashing ({@link PasswordText}). Every hash runs on the bounded
 * {@link PasswordHashingPool}; when it is full, {@link PasswordHashingBusyException}.
 * Nothing here logs or keeps the password.
 * <p>
 * Why not Spring Security's {@code Argon2PasswordEncoder} (issue 15, "library choices"):
 * the hashing itself is a library's (Bouncy Castle's Argon2, as Spring's encoder uses),
 * and the stored form is the same PHC string, so hashes pass between the two
 * ({@code PasswordHasherTest} checks both ways). What is ours is what Spring's encoder
 * does not do: its {@code matches} runs whatever cost a stored string names, so one
 * tampered row asking for gigabytes would take a node down, while
 * {@link Argon2idPhcString} refuses costs beyond {@link Argon2Cost}'s bounds; it hashes a
 * {@code CharSequence} it encodes itself, while the NFKC-normalised bytes here are zeroed
 * after use; its {@code upgradeEncoding} ignores parallelism and short salts or hashes
 * ({@link #needsRehash}); and the decoy work for unknown and legacy accounts (SIGN-4) and
 * the bounded pool sit around every hash.
 */
public final class PasswordHasher {

	static final int SALT_BYTES = 16;

	static final int HASH_BYTES = 32;

	private final Argon2Cost cost;

	private final PasswordHashingPool pool;

	private final SecureRandom random;

	private final String decoy;

	public PasswordHasher(Argon2Cost cost, PasswordHashingPool pool) {
		this(cost, pool, new SecureRandom());
	}

	PasswordHasher(Argon2Cost cost, PasswordHashingPool pool, SecureRandom random) {
		this.cost = Objects.requireNonNull(cost, "cost");
		this.pool = Objects.requireNonNull(pool, "pool");
		this.random = random;
		this.decoy = compute("decoy password for unknown usernames " + random.nextLong(), newSalt(), cost).encode();
	}

	/**
	 * A new PHC string for the password, with a fresh random salt and the current cost.
	 */
	public String hash(String password) {
		Objects.requireNonNull(password, "password");
		byte[] salt = newSalt();
		return this.pool.run(() -> compute(password, salt, this.cost).encode());
	}

	/**
	 * True when the password matches the stored PHC string, hashed again with the stored
	 * salt and cost and compared in constant time. False for a stored value that is not
	 * an Argon2id PHC string this service can read.
	 */
	public boolean verify(String password, String stored) {
		Objects.requireNonNull(password, "password");
		Optional<Argon2idPhcString> phc = Argon2idPhcString.parse(stored);
		if (phc.isEmpty()) {
			return false;
		}
		Argon2idPhcString expected = phc.get();
		return this.pool.run(() -> {
			byte[] actual = compute(password, expected.salt(), expected.cost(), expected.hash().length).hash();
			return MessageDigest.isEqual(actual, expected.hash());
		});
	}

	/**
	 * Spends the same work as {@link #verify} against a decoy hash and returns false: for
	 * sign-in with an unknown username, so timing does not reveal whether the account
	 * exists (SIGN-4, SIGN-7).
	 */
	public boolean verifyUnknownAccount(String password) {
		verify(password, this.decoy);
		return false;
	}

	/**
	 * For an account kept under another scheme (a legacy e-Services hash): the decoy's
	 * Argon2id work and then that scheme's own check, as one task on the pool, so the
	 * account costs what any sign-in costs, plus its own scheme (SIGN-4). Answers the
	 * other scheme's verdict.
	 */
	public boolean verifyBeside(String password, Predicate<String> otherScheme) {
		Objects.requireNonNull(password, "password");
		Argon2idPhcString expected = Argon2idPhcString.parse(this.decoy).orElseThrow();
		return this.pool.run(() -> {
			compute(password, expected.salt(), expected.cost(), expected.hash().length);
			return otherScheme.test(password);
		});
	}

	/**
	 * True when the stored value should be replaced by a new {@link #hash} (after a
	 * successful verify): it is not a readable Argon2id PHC string, its cost is below the
	 * current settings, or its salt or hash is shorter than this hasher writes.
	 */
	public boolean needsRehash(String stored) {
		return Argon2idPhcString.parse(stored)
			.map((phc) -> phc.cost().isWeakerThan(this.cost) || phc.salt().length < SALT_BYTES
					|| phc.hash().length < HASH_BYTES)
			.orElse(true);
	}

	private byte[] newSalt() {
		byte[] salt = new byte[SALT_BYTES];
		this.random.nextBytes(salt);
		return salt;
	}

	private static Argon2idPhcString compute(String password, byte[] salt, Argon2Cost cost) {
		return compute(password, salt, cost, HASH_BYTES);
	}

	private static Argon2idPhcString compute(String password, byte[] salt, Argon2Cost cost, int length) {
		byte[] input = PasswordText.hashInput(password);
		try {
			return new Argon2idPhcString(cost, salt, Argon2id.hash(input, salt, cost, length));
		}
		finally {
			Arrays.fill(input, (byte) 0);
		}
	}

}
