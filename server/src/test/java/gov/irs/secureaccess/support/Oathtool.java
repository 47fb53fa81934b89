package gov.irs.secureaccess.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An authenticator app that is not ours: {@code oathtool} (RFC 6238, SHA-1, 6 digits, 30
 * s) computes the code of a base 32 key at a given time, so tests check our codes against
 * an independent generator.
 */
public final class Oathtool {

	private static final Path OATHTOOL = Path.of("/usr/bin/oathtool");

	private Oathtool() {
	}

	/** Skips the test when oathtool is missing, unless the run requires it. */
	public static void assumeInstalled() {
		if (!Files.isExecutable(OATHTOOL)) {
			assertThat(System.getenv("SECURE_ACCESS_REQUIRE_BROWSER")).as("oathtool is installed by .ci/run")
				.isNotEqualTo("1");
			assumeTrue(false, "oathtool is missing: apt-get install oathtool");
		}
	}

	/** The code of {@code key} (base 32, spaces allowed) at {@code at}. */
	public static String code(String key, Instant at) {
		try {
			Process process = new ProcessBuilder(OATHTOOL.toString(), "--totp", "-b", "--now=@" + at.getEpochSecond(),
					key.replace(" ", ""))
				.redirectErrorStream(true)
				.start();
			assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
			assertThat(out).matches("\\d{6}");
			return out;
		}
		catch (Exception ex) {
			throw new AssertionError("oathtool failed", ex);
		}
	}

}
