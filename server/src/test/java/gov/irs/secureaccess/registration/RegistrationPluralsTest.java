package gov.irs.secureaccess.registration;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** REG-2, REG-4, REG-9: counts in registration and sign-in messages are real plurals in English and Spanish. */
class RegistrationPluralsTest {

	private static Properties bundle(String bundle) throws IOException {
		Properties messages = new Properties();
		try (Reader in = new InputStreamReader(RegistrationPluralsTest.class.getResourceAsStream("/" + bundle + ".properties"),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		return messages;
	}

	private static String format(String bundle, String key, int n) throws IOException {
		Properties messages = bundle(bundle);
		Locale locale = bundle.endsWith("_es") ? Locale.forLanguageTag("es") : Locale.ENGLISH;
		return new MessageFormat(messages.getProperty(key), locale).format(new Object[] { n });
	}

	@Test
	void REG_2_whenAttemptsAreLeft_thenOneTimeOrTwoTimesInEnglishAndUnaVezOrDosVecesInSpanish() throws IOException {
		assertThat(format("registration", "register.attemptsLeft", 1)).startsWith("You can try 1 more time before");
		assertThat(format("registration", "register.attemptsLeft", 2)).startsWith("You can try 2 more times before");
		assertThat(format("registration_es", "register.attemptsLeft", 1)).startsWith("Puede intentarlo 1 vez más antes");
		assertThat(format("registration_es", "register.attemptsLeft", 2)).startsWith("Puede intentarlo 2 veces más antes");
		assertThat(format("signin", "signin.attemptsLeft", 2)).startsWith("You can try 2 more times before");
		assertThat(format("signin_es", "signin.attemptsLeft", 1)).startsWith("Puede intentarlo 1 vez más antes");
	}

	@Test
	void REG_1_whenNewCodesAreLimited_thenMinutesArePlural() throws IOException {
		assertThat(format("registration", "register.notice.resendLimited", 1)).contains("wait 1 minute before");
		assertThat(format("registration", "register.notice.resendLimited", 15)).contains("wait 15 minutes before");
		assertThat(format("registration_es", "register.notice.resendLimited", 1)).contains("Espere 1 minuto antes");
		assertThat(format("registration_es", "register.notice.resendLimited", 15)).contains("Espere 15 minutos antes");
	}

	@Test
	void REG_2_whenNoMessageSaysTimesOrMinutesWithParentheses_thenNoPluralIsFaked() throws IOException {
		for (String bundle : new String[] { "registration", "registration_es" }) {
			assertThat(bundle(bundle).values()).as(bundle)
				.noneMatch((v) -> v.toString().matches("(?s).*(\\(s\\)|\\(es\\)|\\(veces\\)).*"));
		}
	}

}
