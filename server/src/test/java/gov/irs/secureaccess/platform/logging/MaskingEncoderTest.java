package gov.irs.secureaccess.platform.logging;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DATA-3: the console encoder masks what the pattern produced, arguments and exception
 * text included.
 */
class MaskingEncoderTest {

	@Test
	void DATA_3_whenAnEventCarriesAnSsnAndACode_thenTheEncodedLineHoldsNeither() {
		LoggerContext context = new LoggerContext();
		Logger logger = context.getLogger("test");
		MaskingEncoder encoder = new MaskingEncoder();
		encoder.setContext(context);
		encoder.setPattern("%level %msg%n%ex");
		encoder.start();

		LoggingEvent event = new LoggingEvent("test", logger, Level.WARN, "lookup for {} failed, code {}",
				new IllegalStateException("no record for 666-12-3456"), new Object[] { "666-12-3456", "654321" });
		String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

		assertThat(line).startsWith("WARN lookup for ***-**-**** failed, code [masked-digits]")
			.doesNotContain("3456")
			.doesNotContain("654321")
			.contains("IllegalStateException: no record for ***-**-****");
	}

}
