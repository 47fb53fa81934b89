package gov.irs.secureaccess.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

	/** Every bundle named in spring.messages.basename, by its base name. */
	private static final String[] BUNDLES = { "messages", "registration", "signin", "account", "recovery", "documents",
			"legacy", "assist", "federation", "proofing" };

	@Test
	void whenBundlesCompared_thenEnglishAndSpanishHaveTheSameKeys() throws IOException {
		for (String bundle : BUNDLES) {
			Set<String> english = load(bundle + ".properties").stringPropertyNames();
			Set<String> spanish = load(bundle + "_es.properties").stringPropertyNames();

			assertThat(new TreeSet<>(spanish)).as("keys missing in " + bundle + "_es.properties")
				.containsAll(new TreeSet<>(english));
			assertThat(new TreeSet<>(english)).as("keys missing in " + bundle + ".properties")
				.containsAll(new TreeSet<>(spanish));
			assertThat(english).hasSizeGreaterThan(20);
		}
	}

	@Test
	void whenSpanishBundleRead_thenItIsUtf8AndReallySpanish() throws IOException {
		Properties spanish = load("messages_es.properties");

		assertThat(spanish.getProperty("home.createAccount")).isEqualTo("Crear una cuenta");
		assertThat(spanish.getProperty("home.signIn")).isEqualTo("Iniciar sesión");
		assertThat(spanish.getProperty("error.404.title")).isEqualTo("No se encontró la página");
	}

	@Test
	void whenMessageTakesArguments_thenItHasNoStraightApostropheThatMessageFormatWouldSwallow() throws IOException {
		for (String bundle : allFiles()) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				String text = messages.getProperty(key);
				if (text.contains("{0")) {
					assertThat(text).as(bundle + " " + key).doesNotContain("'");
				}
			}
		}
	}

	private static List<String> allFiles() {
		List<String> files = new ArrayList<>();
		for (String bundle : BUNDLES) {
			files.add(bundle + ".properties");
			files.add(bundle + "_es.properties");
		}
		return files;
	}

	private static Properties load(String name) throws IOException {
		try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
			Properties properties = new Properties();
			try (InputStreamReader reader = new InputStreamReader(in, decoder)) {
				properties.load(reader);
			}
			catch (CharacterCodingException ex) {
				throw new AssertionError(name + " is not valid UTF-8", ex);
			}
			return properties;
		}
	}

}
