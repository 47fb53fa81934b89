package gov.irs.secureaccess.accounts.password;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** PW-2: the page says why, in English and Spanish. */
class PasswordMessagesTest {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
		MESSAGES.setUseCodeAsDefaultMessage(false);
	}

	@ParameterizedTest
	@ValueSource(strings = { "password.rules", "password.tooShort", "password.tooLong", "password.unprintable",
			"password.containsUsername", "password.containsEmail", "password.common", "password.guessable" })
	void whenRefusalKeyFormatted_thenEnglishAndSpanishTextsExistAndDiffer_PW2(String key) {
		Object[] arguments = { 12 };
		String english = MESSAGES.getMessage(key, arguments, Locale.ENGLISH);
		String spanish = MESSAGES.getMessage(key, arguments, Locale.forLanguageTag("es"));

		assertThat(english).isNotBlank().doesNotContain("{0}");
		assertThat(spanish).isNotBlank().isNotEqualTo(english).doesNotContain("{0}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password.tooShort", "password.rules" })
	void whenMinimumGiven_thenItAppearsInBothLanguages_PW1(String key) {
		assertThat(MESSAGES.getMessage(key, new Object[] { 12 }, Locale.ENGLISH)).contains("12");
		assertThat(MESSAGES.getMessage(key, new Object[] { 12 }, Locale.forLanguageTag("es"))).contains("12");
	}

}
