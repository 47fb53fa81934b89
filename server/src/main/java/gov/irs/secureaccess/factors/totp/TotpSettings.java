package gov.irs.secureaccess.factors.totp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Authenticator-app codes (SIGN-3).
 *
 * <pre>
 * secure-access.totp.drift-steps=1   # 30-second steps accepted either side of the current one (0 to 2)
 * </pre>
 *
 * With the default a code is accepted from the step before its own to the step after:
 * about 60 to 90 seconds.
 */
@ConfigurationProperties("secure-access.totp")
public record TotpSettings(@DefaultValue("1") int driftSteps) {

	/** More than two steps either side would let a code live for over 2.5 minutes. */
	public static final int MAX_DRIFT_STEPS = 2;

	public TotpSettings {
		if (driftSteps < 0 || driftSteps > MAX_DRIFT_STEPS) {
			throw new IllegalArgumentException(
					"secure-access.totp.drift-steps must be between 0 and " + MAX_DRIFT_STEPS + " (SIGN-3)");
		}
	}

	public static TotpSettings defaults() {
		return new TotpSettings(1);
	}

}
