package gov.irs.secureaccess.platform.otp;

import java.time.Instant;

/**
 * A code just issued: the plain code (only ever in memory and in the message that carries
 * it) and its expiry.
 */
public record IssuedCode(String code, Instant expiresAt) {

	@Override
	public String toString() {
		return "IssuedCode[redacted, expires " + this.expiresAt + "]";
	}

}
