package gov.irs.secureaccess.accounts.password;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored password hash in the PHC string format (PW-3), scheme and cost beside the
 * hash: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in base64
 * without padding, as written by the reference implementation (libargon2), argon2-cffi,
 * Spring Security and others.
 */
record Argon2idPhcString(Argon2Cost cost, byte[] salt, byte[] hash) {

	static final int VERSION = 19;

	private static final Pattern FORMAT = Pattern.compile(
			"\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{22,88})");

	private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getDecoder();

	Argon2idPhcString {
		salt = salt.clone();
		hash = hash.clone();
	}

	/**
	 * Reads a stored value; empty when it is not an Argon2id (v=19) PHC string this
	 * service can verify (another scheme, a malformed value, or a cost beyond
	 * {@link Argon2Cost}'s bounds).
	 */
	static Optional<Argon2idPhcString> parse(String stored) {
		if (stored == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(stored);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			Argon2Cost cost = new Argon2Cost(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
			return Optional
				.of(new Argon2idPhcString(cost, DECODER.decode(matcher.group(4)), DECODER.decode(matcher.group(5))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	String encode() {
		return "$argon2id$v=" + VERSION + "$m=" + this.cost.memoryKib() + ",t=" + this.cost.iterations() + ",p="
				+ this.cost.parallelism() + "$" + ENCODER.encodeToString(this.salt) + "$"
				+ ENCODER.encodeToString(this.hash);
	}

	@Override
	public byte[] salt() {
		return this.salt.clone();
	}

	@Override
	public byte[] hash() {
		return this.hash.clone();
	}

	@Override
	public String toString() {
		return "Argon2idPhcString[" + this.cost + "]";
	}

}
