package gov.irs.secureaccess.accounts.password;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import gov.irs.secureaccess.accounts.Refusal;
import gov.irs.secureaccess.accounts.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PasswordPolicyTest {

	private final PasswordPolicy policy = TestPasswordPolicies.defaults();

	private Verdict check(String password) {
		return this.policy.check(password, "river.otter", "maria.lopez@example.com");
	}

	// PW-1: length, counted in code points after NFKC

	@Test
	void whenElevenCodePoints_thenRefusedAsTooShortWithTheMinimum_PW1() {
		Verdict verdict = check("vfkq mzpw r");

		assertThat(verdict.isAccepted()).isFalse();
		assertThat(verdict.refusals()).containsExactly(Refusal.of("password.tooShort", 12));
	}

	@Test
	void whenTwelveCodePoints_thenAccepted_PW1() {
		assertThat(check("vfkq mzpw rtx").isAccepted()).isTrue();
	}

	@Test
	void whenTwelveCharacterPassphraseWithSpaces_thenAccepted_PW1() {
		assertThat(check("gnu yak fern").isAccepted()).isTrue();
	}

	@Test
	void whenTwelveCodePointsWithAccentsAndEmoji_thenAcceptedThoughMoreUtf16Units_PW1() {
		String password = "café 🦊 ñandú🌵";
		assertThat(password.length()).isGreaterThan(12);
		assertThat(password.codePointCount(0, password.length())).isEqualTo(13);

		assertThat(check(password).isAccepted()).isTrue();
		assertThat(check("ñú🦊🌵 zé çà ø").refusals()).isEmpty();
	}

	@Test
	void whenEmojiMakeUpTheLength_thenEachCountsAsOneCharacter_PW1() {
		// 11 code points, 22 UTF-16 units: too short
		assertThat(check("🦊🌵🐙🚲🎻🍄🦉🌋🧭🪁🛶").messageKeys()).containsExactly("password.tooShort");
	}

	@Test
	void whenDecomposedAccents_thenCountedAfterNfkc_PW1() {
		// "é" written as e + combining acute: 2 UTF-16 units, 1 code point after NFKC
		String decomposed = "cafe\u0301 vi\u0301n ro";
		assertThat(decomposed.codePointCount(0, decomposed.length())).isEqualTo(13);

		assertThat(check(decomposed).refusals()).containsExactly(Refusal.of("password.tooShort", 12));
	}

	@Test
	void whenSixtyFourCharacters_thenAccepted_PW1() {
		String password = "tangerine lighthouse whispers over gravel roads at noon, slowly!";
		assertThat(password).hasSize(64);

		assertThat(check(password).isAccepted()).isTrue();
	}

	@Test
	void whenLongerThanMaximum_thenRefusedAsTooLongWithTheMaximum_PW1() {
		String password = "k7 quartz vole ".repeat(20).substring(0, 257);

		assertThat(check(password).refusals()).containsExactly(Refusal.of("password.tooLong", 256));
		assertThat(check(password.substring(0, 256)).messageKeys()).doesNotContain("password.tooLong");
	}

	@Test
	void whenAllLowercaseLongPassphrase_thenAcceptedForThereAreNoCompositionRules_PW1() {
		assertThat(check("all lowercase letters long passphrase").isAccepted()).isTrue();
		assertThat(check("marmalade typhoon velvet accordion").isAccepted()).isTrue();
	}

	@Test
	void whenControlCharacter_thenRefusedAsUnprintable_PW1() {
		assertThat(check("marmalade\ttyphoon velvet").messageKeys()).containsExactly("password.unprintable");
		assertThat(check("marmalade typhoon\nvelvet").messageKeys()).containsExactly("password.unprintable");
	}

	@Test
	void whenMinimumSetBelowTwelveOrMaximumBelowSixtyFour_thenSettingsRefused_PW1() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PasswordSettings(8, 256, 10, 64, null, null, null))
			.withMessageContaining("PW-1");
		assertThatIllegalArgumentException().isThrownBy(() -> new PasswordSettings(12, 63, 10, 64, null, null, null))
			.withMessageContaining("PW-1");
	}

	// PW-2: common/breached passwords

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "qwertyuiop123", "Password1234", "PASSWORD1234", "iloveyou1234",
			"qwerty123456", "123456789012", "1qaz2wsx3edc", "trustno1trustno1", "passwordpassword", "sunshine2024!",
			"correct horse battery staple", "Secure Access 2024", "secureaccess123" })
	void whenCommonOrBreachedPassword_thenRefusedAsCommon_PW2(String password) {
		assertThat(check(password).messageKeys()).containsExactly("password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "zxcvbnmasdfgh", "1234567890123456", "zaq12wsxcde3", "13579135791357" })
	void whenKeyboardRunOrNumberSequenceFromTheBreachedList_thenRefusedAsCommon_PW2(String password) {
		assertThat(check(password).messageKeys()).containsExactly("password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xyxyxyxyxyxyxy", "xcvbnm,./xcvbnm" })
	void whenWeakPatternWithoutAnyListedPassword_thenRefusedAsGuessable_PW2(String password) {
		assertThat(check(password).messageKeys()).containsExactly("password.guessable");
	}

	@Test
	void whenOnTheOperatorsExtraBlocklist_thenRefusedAsCommonWhateverItsCase_PW2(@TempDir Path dir) throws IOException {
		Path list = dir.resolve("blocked.txt");
		Files.writeString(list, "# agency list\nOrchid Lantern Meadow\n\nzebra quantum piano\n",
				StandardCharsets.UTF_8);
		PasswordPolicy withList = PasswordPolicy.load(new PasswordSettings(12, 256, 10, 64, list, null, null));

		assertThat(withList.check("orchid lantern meadow", null, null).messageKeys())
			.containsExactly("password.common");
		assertThat(withList.check("ZEBRA QUANTUM PIANO", null, null).messageKeys()).containsExactly("password.common");
		assertThat(withList.check("velvet marmalade typhoon", null, null).isAccepted()).isTrue();
	}

	@Test
	void whenBreachedListLoaded_thenItHoldsTheLongEntriesOfNbvcxzsPasswords_PW2() {
		CommonPasswords common = new CommonPasswords(
				List.of(new GuessabilityEstimator(List.of(), 64).breachedPasswords().keySet()), 12);

		assertThat(common.size()).isGreaterThan(400);
		assertThat(common.contains("1QAZ2WSX3EDC")).isTrue();
		assertThat(common.contains("password")).isFalse();
	}

	// PW-2: username and e-mail

	@Test
	void whenPasswordContainsTheUsername_thenRefusedAsContainingUsername_PW2() {
		Verdict verdict = this.policy.check("my River.Otter goes swimming", "river.otter", "maria@example.com");

		assertThat(verdict.messageKeys()).containsExactly("password.containsUsername");
	}

	@Test
	void whenPasswordContainsTheUsernameWithoutItsSeparators_thenRefusedAsContainingUsername_PW2() {
		assertThat(this.policy.check("riverotter swims at dawn", "river.otter", null).messageKeys())
			.containsExactly("password.containsUsername");
	}

	@Test
	void whenPasswordContainsTheEmailLocalPart_thenRefusedAsContainingEmail_PW2() {
		assertThat(this.policy.check("Maria.Lopez eats violet figs", "quiet.heron", "maria.lopez@example.com")
			.messageKeys()).containsExactly("password.containsEmail");
		assertThat(
				this.policy.check("violet figs for marialopez", "quiet.heron", "maria.lopez@example.com").messageKeys())
			.containsExactly("password.containsEmail");
	}

	@Test
	void whenPasswordContainsTheWholeEmail_thenRefusedAsContainingEmail_PW2() {
		assertThat(this.policy.check("mail me: MARIA.LOPEZ@EXAMPLE.COM ok", "quiet.heron", "maria.lopez@example.com")
			.messageKeys()).containsExactly("password.containsEmail");
	}

	@Test
	void whenEmailLocalPartIsShorterThanFour_thenItIsNotLookedFor_PW2() {
		assertThat(this.policy.check("joyful jonquil jamboree", "quiet.heron", "jo@example.com").isAccepted()).isTrue();
	}

	@Test
	void whenPasswordContainsBothUsernameAndEmail_thenBothReasonsGiven_PW2() {
		assertThat(this.policy.check("river.otter and maria.lopez", "river.otter", "maria.lopez@example.com")
			.messageKeys()).containsExactly("password.containsUsername", "password.containsEmail");
	}

}
