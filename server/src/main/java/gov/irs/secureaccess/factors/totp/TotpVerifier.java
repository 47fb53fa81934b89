package gov.irs.secureaccess.factors.totp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * SIGN-3: checks a typed code against an app's secret. RFC 6238 with HMAC-SHA-1, 6 digits
 * and 30-second steps ({@link TotpCodeGenerator#signInCodes()}); the current step and
 * {@code secure-access.totp.drift-steps} (default 1) either side are accepted, so a code
 * is good for about 60 to 90 seconds. A step at or below the last one accepted for the
 * account is refused as a replay: each code works once, and once a newer code was used an
 * older one no longer works. Remembering the step is the caller's job
 * ({@link AuthenticatorApps}).
 *
 * <p>
 * Every step of the window is computed and compared in constant time, whatever matches.
 * Input that is not six ASCII digits (after removing spaces and hyphens, as some apps
 * show {@code 123 456}) is refused as {@code WRONG} without any exception; anything
 * longer than {@value #MAX_TYPED_LENGTH} characters is refused before it is looked at.
 */
@Component
public class TotpVerifier {

	static final int MAX_TYPED_LENGTH = 16;

	private final TotpCodeGenerator generator = TotpCodeGenerator.signInCodes();

	private final int driftSteps;

	private final Clock clock;

	TotpVerifier(TotpSettings settings, Clock clock) {
		this.driftSteps = settings.driftSteps();
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/** The time step now, per the injected clock. */
	long currentStep() {
		return TotpCodeGenerator.stepAt(this.clock.instant());
	}

	/**
	 * Checks a typed code against the app's secret, one step of drift either way, each
	 * step once.
	 * @param secret the app's secret
	 * @param typed what the person typed; may be null or anything at all
	 * @param lastUsedStep the newest step accepted before for this app, or null if none
	 */
	TotpMatch check(TotpSecret secret, String typed, Long lastUsedStep) {
		String candidate = wellFormed(typed);
		if (candidate == null) {
			return TotpMatch.wrong();
		}
		byte[] candidateBytes = candidate.getBytes(StandardCharsets.US_ASCII);
		byte[] key = secret.bytes();
		long now = currentStep();
		long newestMatch = Long.MIN_VALUE;
		for (long step = now - this.driftSteps; step <= now + this.driftSteps; step++) {
			byte[] expected = this.generator.codeOfStep(key, step).getBytes(StandardCharsets.US_ASCII);
			if (MessageDigest.isEqual(expected, candidateBytes)) {
				newestMatch = step;
			}
		}
		Arrays.fill(key, (byte) 0);
		if (newestMatch == Long.MIN_VALUE) {
			return TotpMatch.wrong();
		}
		if (lastUsedStep != null && newestMatch <= lastUsedStep) {
			return TotpMatch.replayed(newestMatch);
		}
		return TotpMatch.accepted(newestMatch);
	}

	/** Six ASCII digits once spaces and hyphens are removed, or null. */
	static String wellFormed(String typed) {
		if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
			return null;
		}
		StringBuilder digits = new StringBuilder(TotpCodeGenerator.SIGN_IN_DIGITS);
		for (int i = 0; i < typed.length(); i++) {
			char c = typed.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (c != ' ' && c != '-' && c != '\t') {
				return null;
			}
		}
		return (digits.length() == TotpCodeGenerator.SIGN_IN_DIGITS) ? digits.toString() : null;
	}

}
