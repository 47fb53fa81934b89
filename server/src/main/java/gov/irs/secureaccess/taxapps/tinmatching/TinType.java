package gov.irs.secureaccess.taxapps.tinmatching;

import java.util.Optional;

/**
 * The TIN type of a request, numbered as in the IRS's TIN Matching: 1 SSN, 2 EIN, 3
 * unknown.
 */
public enum TinType {

	SSN(1), EIN(2), UNKNOWN(3);

	private final int code;

	TinType(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

	public static Optional<TinType> of(Integer code) {
		if (code == null) {
			return Optional.empty();
		}
		for (TinType type : values()) {
			if (type.code == code) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
