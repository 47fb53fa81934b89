package gov.irs.secureaccess.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal speaks English and Spanish: the same keys in both, and no apostrophe
 * MessageFormat would swallow.
 */
class PortalMessagesTest {

	@Test
	void whenBundlesCompared_thenEnglishAndSpanishHaveTheSameKeys() throws IOException {
		Properties english = load("portal.properties");
		Properties spanish = load("portal_es.properties");

		assertThat(new TreeSet<>(spanish.stringPropertyNames()))
			.isEqualTo(new TreeSet<>(english.stringPropertyNames()));
		assertThat(english.stringPropertyNames()).hasSizeGreaterThan(20);
		assertThat(spanish.getProperty("portal.app.ipPin.name")).isEqualTo("Obtener un IP PIN");
	}

	@Test
	void whenMessageTakesArguments_thenItHasNoStraightApostrophe() throws IOException {
		for (String file : new String[] { "portal.properties", "portal_es.properties" }) {
			Properties messages = load(file);
			for (String key : messages.stringPropertyNames()) {
				if (messages.getProperty(key).contains("{0")) {
					assertThat(messages.getProperty(key)).as(file + " " + key).doesNotContain("'");
				}
			}
		}
	}

	private static Properties load(String name) throws IOException {
		try (InputStream in = PortalMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

}
