package gov.irs.secureaccess.sources;

import java.util.Objects;

import gov.irs.secureaccess.platform.crypto.KeyedHash;

/**
 * The keyed hashes by which source rows are found (DATA-1): no SSN or phone number is
 * stored in clear.
 */
public final class SourceKeys {

	static final String SSN_PURPOSE = "sources.ssn";

	static final String PHONE_PURPOSE = "sources.phone";

	private final KeyedHash keyedHash;

	public SourceKeys(KeyedHash keyedHash) {
		this.keyedHash = Objects.requireNonNull(keyedHash, "keyedHash");
	}

	public String ssn(Ssn ssn) {
		return this.keyedHash.of(SSN_PURPOSE, ssn.formatted());
	}

	/**
	 * The keyed hash a phone number is looked up by.
	 * @param e164 a phone number in E.164 form, e.g. {@code +12025550143}
	 */
	public String phone(String e164) {
		return this.keyedHash.of(PHONE_PURPOSE, e164);
	}

	public KeyedHash keyedHash() {
		return this.keyedHash;
	}

}
