package gov.irs.secureaccess.accounts.password;

/**
 * The cost parameters of one Argon2id hash (PW-3), as written in its PHC string
 * {@code m=…,t=…,p=…}.
 *
 * @param memoryKib memory in KiB ({@code m})
 * @param iterations passes over the memory ({@code t})
 * @param parallelism lanes ({@code p})
 */
public record Argon2Cost(int memoryKib, int iterations, int parallelism) {

	/**
	 * Upper bounds on what a stored hash may ask for, so a tampered row cannot exhaust
	 * the server.
	 */
	static final int MAX_MEMORY_KIB = 1 << 20;

	static final int MAX_ITERATIONS = 64;

	static final int MAX_PARALLELISM = 16;

	public Argon2Cost {
		check(memoryKib, iterations, parallelism);
	}

	static void check(int memoryKib, int iterations, int parallelism) {
		if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
			throw new IllegalArgumentException("Argon2 parallelism must be 1.." + MAX_PARALLELISM);
		}
		if (iterations < 1 || iterations > MAX_ITERATIONS) {
			throw new IllegalArgumentException("Argon2 iterations must be 1.." + MAX_ITERATIONS);
		}
		if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
			throw new IllegalArgumentException(
					"Argon2 memory must be between 8 x parallelism and " + MAX_MEMORY_KIB + " KiB");
		}
	}

	/**
	 * True when any parameter is below the given one: a hash with this cost should be
	 * redone.
	 */
	boolean isWeakerThan(Argon2Cost other) {
		return this.memoryKib < other.memoryKib || this.iterations < other.iterations
				|| this.parallelism < other.parallelism;
	}

}
