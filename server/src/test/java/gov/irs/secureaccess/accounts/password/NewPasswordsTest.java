package gov.irs.secureaccess.accounts.password;

import java.time.Duration;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.AccountStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PW-1, PW-2, PW-3: the one check of a replacement password (profile page, temporary
 * password, reset) refuses what the rules refuse, in the order a person fixes them, and
 * hashes only what it accepts.
 */
class NewPasswordsTest {

	private static final String CURRENT = "Kites over the river 1979";

	private static final String NEW = "A lantern by the harbour wall";

	private final PasswordHasher hasher = new PasswordHasher(new Argon2Cost(1024, 1, 1),
			new PasswordHashingPool(1, 4, Duration.ofSeconds(1)));

	private final NewPasswords passwords = new NewPasswords(TestPasswordPolicies.defaults(), this.hasher,
			PasswordSettings.defaults());

	private final AccountLogin login = new AccountLogin(7, "ada.lovelace", this.hasher.hash(CURRENT),
			AccountStatus.ACTIVE, "phrase", "flight", "ada@example.test", "Ada", null, 3);

	@Test
	void PW_1_whenNothingIsTyped_thenMissingBeforeAnythingElse() {
		assertThat(this.passwords.choose("", "x", this.login, true))
			.isEqualTo(new NewPasswords.Refused(NewPasswords.Problem.MISSING, null));
	}

	@Test
	void PW_1_whenTheTwoTypingsDiffer_thenDifferentAndNothingIsHashed() {
		assertThat(this.passwords.formMistake(NEW, NEW + " "))
			.hasValue(new NewPasswords.Refused(NewPasswords.Problem.DIFFERENT, null));
	}

	@Test
	void PW_1_whenFarPastTheLongestPassword_thenTooLongWithoutNormalisingIt() {
		String huge = "a".repeat(4 * PasswordSettings.defaults().maxLength() + 1);
		NewPasswords.Choice choice = this.passwords.choose(huge, huge, this.login, true);
		assertThat(choice).isInstanceOfSatisfying(NewPasswords.Refused.class, (refused) -> {
			assertThat(refused.problem()).isEqualTo(NewPasswords.Problem.POLICY);
			assertThat(refused.refusal().messageKey()).isEqualTo("password.tooLong");
			assertThat(refused.refusal().arguments()).containsExactly(PasswordSettings.defaults().maxLength());
		});
	}

	@Test
	void PW_2_whenItIsTheCurrentPasswordAndThatIsRefused_thenSameAsCurrent() {
		assertThat(this.passwords.choose(CURRENT, CURRENT, this.login, true))
			.isEqualTo(new NewPasswords.Refused(NewPasswords.Problem.SAME_AS_CURRENT, null));
	}

	@Test
	void PW_2_whenItIsTooCommonOrTooShort_thenThePolicysReasonIsGiven() {
		NewPasswords.Choice choice = this.passwords.choose("password", "password", this.login, false);
		assertThat(choice).isInstanceOfSatisfying(NewPasswords.Refused.class, (refused) -> {
			assertThat(refused.problem()).isEqualTo(NewPasswords.Problem.POLICY);
			assertThat(refused.refusal().messageKey()).startsWith("password.");
		});
	}

	@Test
	void PW_3_whenAccepted_thenItsArgon2idHashVerifiesAndIsNotTheText() {
		NewPasswords.Choice choice = this.passwords.choose(NEW, NEW, this.login, true);
		assertThat(choice).isInstanceOfSatisfying(NewPasswords.Chosen.class, (chosen) -> {
			assertThat(chosen.hash()).startsWith("$argon2id$").doesNotContain(NEW);
			assertThat(this.hasher.verify(NEW, chosen.hash())).isTrue();
		});
	}

}
