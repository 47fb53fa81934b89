package gov.irs.secureaccess.factors.totp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SIGN-3 against an independent implementation: OATH Toolkit's {@code oathtool}
 * (installed by {@code .ci/run}; the test is skipped where it is absent). It also reads
 * our base 32 the way authenticator apps do.
 */
class TotpOathtoolTest {

	private static final Path OATHTOOL = Path.of("/usr/bin/oathtool");

	private final TotpSecret secret = TotpSecret.random(new SecureRandom());

	@BeforeAll
	static void oathtoolInstalled() {
		assumeTrue(Files.isExecutable(OATHTOOL), "oathtool is not installed");
	}

	// SIGN-3
	@Test
	void whenOathtoolComputesTheCurrentCode_thenTheVerifierAcceptsIt() throws Exception {
		String code = oathtool("--totp", "-b", this.secret.base32());
		TotpVerifier verifier = new TotpVerifier(TotpSettings.defaults(), Clock.systemUTC());

		assertThat(code).matches("[0-9]{6}");
		assertThat(verifier.check(this.secret, code, null).check()).isEqualTo(AppCodeCheck.ACCEPTED);
	}

	// SIGN-3: the same at fixed times, exactly (including step boundaries).
	@ParameterizedTest
	@ValueSource(longs = { 59, 1111111109, 1111111110, 1234567890, 1740830399, 1740830400, 2000000000 })
	void whenOathtoolComputesTheCodeAtAFixedTime_thenOurGeneratorAgreesAndTheVerifierAccepts(long unixSeconds)
			throws Exception {
		String code = oathtool("--totp", "-b", "--now=@" + unixSeconds, this.secret.base32());
		MutableClock clock = new MutableClock(Instant.ofEpochSecond(unixSeconds));

		assertThat(TotpCodeGenerator.signInCodes().codeAt(this.secret.bytes(), clock.instant())).isEqualTo(code);
		assertThat(new TotpVerifier(new TotpSettings(0), clock).check(this.secret, code, null).check())
			.isEqualTo(AppCodeCheck.ACCEPTED);
	}

	private static String oathtool(String... args) throws IOException, InterruptedException {
		String[] command = new String[args.length + 1];
		command[0] = OATHTOOL.toString();
		System.arraycopy(args, 0, command, 1, args.length);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
		assertThat(process.exitValue()).as(out).isZero();
		return out;
	}

}
