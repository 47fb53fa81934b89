package gov.irs.secureaccess.accounts.username;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import gov.irs.secureaccess.accounts.Refusal;
import gov.irs.secureaccess.accounts.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** REG-7: a username chosen by the user, unique, permanent. */
class UsernamePolicyTest {

	private final Set<String> taken = new HashSet<>(Set.of("river.otter"));

	private final UsernamePolicy policy = new UsernamePolicy(this.taken::contains);

	@ParameterizedTest
	@ValueSource(strings = { "river.heron", "Maria_Lopez", "m-lopez-1985", "maria.lopez@example.com", "abc123",
			"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", "ａｌｐｉｎｅ.fox" })
	void whenWellFormedAndFree_thenAccepted_REG7(String username) {
		assertThat(this.policy.check(username).isAccepted()).as(username).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "''                       | username.required",
			"'      '                 | username.required", "' river.heron'           | username.spaces",
			"'river.heron '           | username.spaces", "'river heron'            | username.spaces",
			"'river\u00a0heron'       | username.spaces", "'river+heron'            | username.characters",
			"'río.garza'              | username.characters", "'r\u0456ver.heron'       | username.characters",
			"'river/heron'            | username.characters", "'heron'                  | username.tooShort",
			"'12345678'               | username.needsLetter", "'._-@._-@'               | username.needsLetter",
			"'123-45-6789x'           | username.containsSsn", "'maria123456789'         | username.containsSsn",
			"'ssn_123.45.6789'        | username.containsSsn", "'call5551234567'         | username.containsLongNumber",
			"'maria-555-123-4567'     | username.containsLongNumber", "'Administrator'          | username.reserved",
			"'secure.access'          | username.reserved", "'IRS-Support'            | username.reserved",
			"'River.Otter'            | username.taken" })
	void whenUsernameRefused_thenTheReasonIsItsMessageKey_REG7(String username, String messageKey) {
		Verdict verdict = this.policy.check(username);

		assertThat(verdict.messageKeys()).as(username).containsExactly(messageKey);
	}

	@Test
	void whenNull_thenRequired_REG7() {
		assertThat(this.policy.check(null).messageKeys()).containsExactly("username.required");
	}

	@Test
	void whenLengthRefused_thenTheLimitIsTheArgument_REG7() {
		assertThat(this.policy.check("heron").refusals()).containsExactly(Refusal.of("username.tooShort", 6));
		assertThat(this.policy.check("x".repeat(65)).refusals()).containsExactly(Refusal.of("username.tooLong", 64));
	}

	@Test
	void whenEightDigitsOrSeparatedShortNumbers_thenAccepted_REG7() {
		assertThat(this.policy.check("maria.19851231").isAccepted()).isTrue();
		assertThat(this.policy.check("maria.1985.07").isAccepted()).isTrue();
	}

	@Test
	void whenCanonicalised_thenLowerCaseNfkcAndDisplayKeepsTheUsersCase_REG7() {
		Username username = Username.of("River.Heron");

		assertThat(username.display()).isEqualTo("River.Heron");
		assertThat(username.canonical()).isEqualTo("river.heron");
		assertThat(Username.canonicalOf("RIVER.HERON")).isEqualTo(Username.canonicalOf("river.heron"));
		assertThat(Username.canonicalOf("ＲＩＶＥＲ.heron")).isEqualTo("river.heron");
		assertThat(Username.of("ＲＩＶＥＲ.heron").display()).isEqualTo("RIVER.heron");
	}

	@Test
	void whenCanonicalDoesNotMatchDisplay_thenRefused_REG7() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Username("River.Heron", "other"));
	}

	@Test
	void whenTakenCheckedInAnotherCase_thenTheStoreIsAskedForTheCanonicalForm_REG7() {
		Set<String> asked = new HashSet<>();
		new UsernamePolicy((canonical) -> !asked.add(canonical)).check("MiXeD.Case");

		assertThat(asked).containsExactly("mixed.case");
	}

	@Test
	void whenFormOnlyChecked_thenTheStoreIsNotAsked_REG7() {
		assertThat(UsernamePolicy.checkForm("River.Otter").isAccepted()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "username.rules", "username.required", "username.tooShort", "username.tooLong",
			"username.spaces", "username.characters", "username.needsLetter", "username.containsSsn",
			"username.containsLongNumber", "username.reserved", "username.taken" })
	void whenRefusalKeyFormatted_thenEnglishAndSpanishTextsExist_REG7(String key) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		Object[] arguments = { UsernamePolicy.MIN_LENGTH, UsernamePolicy.MAX_LENGTH };

		String english = messages.getMessage(key, arguments, Locale.ENGLISH);
		String spanish = messages.getMessage(key, arguments, Locale.forLanguageTag("es"));

		assertThat(english).isNotBlank().doesNotContain("{0}", "{1}");
		assertThat(spanish).isNotBlank().isNotEqualTo(english).doesNotContain("{0}", "{1}");
	}

}
