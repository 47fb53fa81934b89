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

/**
 * REG-2, REG-4, REG-9: counts in registration and sign-in messages are real plurals in
 * English and Spanish.
 */
class RegistrationPluralsTest {

	private static Properties bundle(String bundle) throws IOException {
		Properties messages = new Properties();
		try (Reader in = new InputStreamReader(
				RegistrationPluralsTest.class.getResourceAsStream("/" + bundle + ".properties"),
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
		assertThat(format("registration_es", "register.attemptsLeft", 1))
			.startsWith("Puede intentarlo 1 vez más antes");
		assertThat(format("registration_es", "register.attemptsLeft", 2))
			.startsWith("Puede intentarlo 2 veces más antes");
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

	// SIGN-5, SIGN-7, REG-10: the waits of sign-in, recovery, the password change and the
	// legacy move too
	@Test
	void SIGN_5_whenAWaitIsOneMinuteOrMore_thenMinuteOrMinutesInBothLanguages() throws IOException {
		String[][] keys = { { "signin", "signin.error.locked" }, { "signin", "signin.notice.resendLimited" },
				{ "recovery", "recovery.error.tooMany" }, { "account", "account.password.error.tooManyTries" },
				{ "legacy", "legacy.notice.resendLimited" } };
		for (String[] key : keys) {
			assertThat(format(key[0], key[1], 1)).as(key[1]).contains(" 1 minute").doesNotContain("1 minutes");
			assertThat(format(key[0], key[1], 15)).as(key[1]).contains(" 15 minutes");
			assertThat(format(key[0] + "_es", key[1], 1)).as(key[1]).contains(" 1 minuto").doesNotContain("1 minutos");
			assertThat(format(key[0] + "_es", key[1], 15)).as(key[1]).contains(" 15 minutos");
		}
	}

	@Test
	void REG_2_whenNoMessageSaysTimesOrMinutesWithParentheses_thenNoPluralIsFaked() throws IOException {
		for (String bundle : new String[] { "messages", "messages_es", "registration", "registration_es", "signin",
				"signin_es", "account", "account_es", "recovery", "recovery_es", "documents", "documents_es", "legacy",
				"legacy_es", "assist", "assist_es", "federation", "federation_es", "proofing", "proofing_es",
				"insights", "insights_es" }) {
			assertThat(bundle(bundle).values()).as(bundle)
				.noneMatch((v) -> v.toString().matches("(?s).*(\\(s\\)|\\(es\\)|\\(veces\\)).*"));
		}
	}

}
