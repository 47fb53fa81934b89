package gov.irs.secureaccess.accounts.password;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106, version 0x13) by Bouncy Castle: one raw hash, computed on the
 * calling thread.
 */
final class Argon2id {

	private Argon2id() {
	}

	static byte[] hash(byte[] password, byte[] salt, Argon2Cost cost, int length) {
		Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
			.withVersion(Argon2Parameters.ARGON2_VERSION_13)
			.withSalt(salt)
			.withMemoryAsKB(cost.memoryKib())
			.withIterations(cost.iterations())
			.withParallelism(cost.parallelism())
			.build();
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(parameters);
		byte[] out = new byte[length];
		generator.generateBytes(password, out);
		return out;
	}

}
