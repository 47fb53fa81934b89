package gov.irs.secureaccess.factors.totp;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * SIGN-3: the window around now, replays and malformed input, with time moved by hand.
 */
class TotpVerifierTest {

	private static final Duration STEP = Duration.ofSeconds(30);

	/** The start of a time step, so moving by whole steps is exact. */
	private final MutableClock clock = MutableClock.at("2025-03-01T12:00:00Z");

	private final TotpVerifier verifier = new TotpVerifier(TotpSettings.defaults(), this.clock);

	private final TotpSecret secret = TotpSecret.random(new SecureRandom());

	private final TotpCodeGenerator generator = TotpCodeGenerator.signInCodes();

	private String codeAt(Instant instant) {
		return this.generator.codeAt(this.secret.bytes(), instant);
	}

	// SIGN-3
	@Test
	void whenCodeOfTheCurrentStep_thenAcceptedWithThatStep() {
		this.clock.advance(Duration.ofSeconds(17));

		TotpMatch match = this.verifier.check(this.secret, codeAt(this.clock.instant()), null);

		assertThat(match.check()).isEqualTo(AppCodeCheck.ACCEPTED);
		assertThat(match.step()).isEqualTo(this.verifier.currentStep());
	}

	// SIGN-3: one step of clock drift either way.
	@Test
	void whenCodeOfThePreviousOrNextStep_thenAccepted() {
		Instant now = this.clock.instant();
		String previous = codeAt(now.minus(STEP));
		String next = codeAt(now.plus(STEP));

		assertThat(this.verifier.check(this.secret, previous, null).check()).isEqualTo(AppCodeCheck.ACCEPTED);
		assertThat(this.verifier.check(this.secret, next, null).check()).isEqualTo(AppCodeCheck.ACCEPTED);
	}

	// SIGN-3: a code lives from its own step until the end of the next one, then is
	// refused.
	@Test
	void whenTheClockMovesTwoStepsPastTheCode_thenRefused() {
		String code = codeAt(this.clock.instant());

		this.clock.advance(STEP.multipliedBy(2).minusSeconds(1));
		assertThat(this.verifier.check(this.secret, code, null).check()).isEqualTo(AppCodeCheck.ACCEPTED);

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.verifier.check(this.secret, code, null).check()).isEqualTo(AppCodeCheck.WRONG);
	}

	// SIGN-3
	@Test
	void whenCodeTwoStepsAwayEitherWay_thenRefused() {
		Instant now = this.clock.instant();
		String twoBack = codeAt(now.minus(STEP.multipliedBy(2)));
		String twoAhead = codeAt(now.plus(STEP.multipliedBy(2)));
		String current = codeAt(now);
		// A random secret could, once in ~10^5 runs, give two steps the same code; the
		// check would then be wrong.
		Assumptions.assumeTrue(!twoBack.equals(current) && !twoAhead.equals(current));

		assertThat(this.verifier.check(this.secret, twoBack, null).check()).isEqualTo(AppCodeCheck.WRONG);
		assertThat(this.verifier.check(this.secret, twoAhead, null).check()).isEqualTo(AppCodeCheck.WRONG);
	}

	// SIGN-3: secure-access.totp.drift-steps=0 accepts only the current step.
	@Test
	void whenDriftStepsIsZero_thenOnlyTheCurrentStep() {
		TotpVerifier strict = new TotpVerifier(new TotpSettings(0), this.clock);
		Instant now = this.clock.instant();

		assertThat(strict.check(this.secret, codeAt(now), null).check()).isEqualTo(AppCodeCheck.ACCEPTED);
		assertThat(strict.check(this.secret, codeAt(now.minus(STEP)), null).check()).isEqualTo(AppCodeCheck.WRONG);
	}

	// SIGN-3: each code is accepted once.
	@Test
	void whenTheStepWasAlreadyUsed_thenReplayed() {
		String code = codeAt(this.clock.instant());
		TotpMatch first = this.verifier.check(this.secret, code, null);

		TotpMatch again = this.verifier.check(this.secret, code, first.step());

		assertThat(first.check()).isEqualTo(AppCodeCheck.ACCEPTED);
		assertThat(again.check()).isEqualTo(AppCodeCheck.REPLAYED);
	}

	// SIGN-3: after a newer step was used, an older code still inside the window is
	// refused.
	@Test
	void whenAnOlderStepThanTheLastUsed_thenReplayed() {
		Instant now = this.clock.instant();
		long newer = this.verifier.check(this.secret, codeAt(now.plus(STEP)), null).step();

		TotpMatch older = this.verifier.check(this.secret, codeAt(now), newer);

		assertThat(older.check()).isEqualTo(AppCodeCheck.REPLAYED);
	}

	// SIGN-3: apps show "123 456"; a person may type it so.
	@ParameterizedTest
	@ValueSource(strings = { "%s %s", " %s%s ", "%s-%s" })
	void whenTheRightCodeHasSpacesOrAHyphen_thenAccepted(String form) {
		String code = codeAt(this.clock.instant());

		String typed = String.format(form, code.substring(0, 3), code.substring(3));

		assertThat(this.verifier.check(this.secret, typed, null).check()).isEqualTo(AppCodeCheck.ACCEPTED);
	}

	// SIGN-3: malformed input is refused, never thrown on.
	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "12345", "1234567", "abcdef", "12345a", "+12345", "-12345", "12 34 5", "١٢٣٤٥٦", "１２３４５６",
			"123456\u0000", "12345\u00a06", "0x1234", "' or 1=1 --", "\n\n\n", "        " })
	void whenMalformed_thenWrongWithoutException(String typed) {
		assertThat(this.verifier.check(this.secret, typed, null).check()).isEqualTo(AppCodeCheck.WRONG);
	}

	// SIGN-3
	@Test
	void whenTenThousandCharacters_thenWrongWithoutException() {
		String digits = codeAt(this.clock.instant()).repeat(10_000 / 6 + 1).substring(0, 10_000);

		assertThat(this.verifier.check(this.secret, digits, null).check()).isEqualTo(AppCodeCheck.WRONG);
		assertThat(this.verifier.check(this.secret, "x".repeat(10_000), null).check()).isEqualTo(AppCodeCheck.WRONG);
	}

	// SIGN-3: the setting stays within what the rule allows.
	@Test
	void whenDriftStepsOutOfRange_thenRefusedAtStartUp() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TotpSettings(-1))
			.withMessageContaining("secure-access.totp.drift-steps");
		assertThatIllegalArgumentException().isThrownBy(() -> new TotpSettings(3));
		assertThat(TotpSettings.defaults().driftSteps()).isEqualTo(1);
	}

}
