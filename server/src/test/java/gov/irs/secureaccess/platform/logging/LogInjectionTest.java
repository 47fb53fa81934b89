package gov.irs.secureaccess.platform.logging;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DATA-3, CWE-117 (found by FindSecBugs, CRLF_INJECTION_LOGS): with the service's own
 * logback-spring.xml, a message carrying CR or LF (a file name, a username typed with a
 * line break) stays on its one line, so it cannot forge an entry of its own; a stack
 * trace still follows on lines of its own.
 */
class LogInjectionTest {

	@Test
	void DATA_3_whenAMessageCarriesLineBreaks_thenThePlainConsoleLineStaysOneLine() throws Exception {
		LoggerContext context = new LoggerContext();
		JoranConfigurator configurator = new JoranConfigurator();
		configurator.setContext(context);
		configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
		Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
		ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) root.getAppender("CONSOLE");

		LoggingEvent event = new LoggingEvent("test", root, Level.INFO, "Refused source file {}", null,
				new Object[] { "people.csv\r\n2026-12-02T10:00:00Z  INFO 1 --- [main] forged : admin signed in" });
		String encoded = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
		assertThat(encoded.strip().lines()).hasSize(1);
		assertThat(encoded).contains("Refused source file people.csv \\ 2026-12-02T10:00:00Z").endsWith("\n");

		LoggingEvent failure = new LoggingEvent("test", root, Level.ERROR, "failed", new IllegalStateException("x"),
				null);
		assertThat(new String(console.getEncoder().encode(failure), StandardCharsets.UTF_8).lines().count())
			.as("the stack trace keeps its lines")
			.isGreaterThan(2);
		context.stop();
	}

}
