package gov.irs.secureaccess.factors;

import java.util.List;
import java.util.Set;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.AccountStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGN-2, SIGN-3: the registry of second factors orders them by preference, starts a
 * sign-in with the first typed factor the account has (the app before a text), and never
 * with a factor the browser answers (a passkey) or one the account lacks.
 */
class SecondFactorsTest {

	private static final AccountLogin WITH_PHONE = login(7, "+12025550143");

	private static final AccountLogin WITHOUT_PHONE = login(8, null);

	@Test
	void SIGN_3_whenTheAccountHasAnAppAndAPhone_thenTheAppComesFirstAndAllAreListedInOrder() {
		SecondFactors factors = new SecondFactors(List.of(new Fake("passkey", 30, false, Set.of(7L)),
				new Fake("sms", 20, true, Set.of(7L)), new Fake("app", 10, true, Set.of(7L))));
		assertThat(factors.first(WITH_PHONE)).map(SecondFactor::id).hasValue("app");
		assertThat(factors.configuredFor(WITH_PHONE)).extracting(SecondFactor::id)
			.containsExactly("app", "sms", "passkey");
	}

	@Test
	void SIGN_2_whenOnlyATextAndAPasskeyAreSetUp_thenTheTextStartsAndThePasskeyIsOfferedBeside() {
		SecondFactors factors = new SecondFactors(List.of(new Fake("passkey", 5, false, Set.of(7L)),
				new Fake("sms", 20, true, Set.of(7L)), new Fake("app", 10, true, Set.of())));
		assertThat(factors.first(WITH_PHONE)).map(SecondFactor::id).hasValue("sms");
		assertThat(factors.configuredFor(WITH_PHONE)).extracting(SecondFactor::id).containsExactly("passkey", "sms");
	}

	@Test
	void SIGN_2_whenTheAccountHasOnlyAPasskey_thenNoTypedFactorCanStartASignIn() {
		SecondFactors factors = new SecondFactors(
				List.of(new Fake("passkey", 30, false, Set.of(8L)), new Fake("app", 10, true, Set.of())));
		assertThat(factors.first(WITHOUT_PHONE)).isEmpty();
		assertThat(factors.byId("passkey")).isPresent();
		assertThat(factors.byId("voice")).isEmpty();
		assertThat(factors.byId(null)).isEmpty();
	}

	private static AccountLogin login(long id, String phone) {
		return new AccountLogin(id, "user" + id, "$argon2id$x", AccountStatus.ACTIVE, "phrase", "flight",
				"user@example.test", "Ada", phone, 3);
	}

	/** A factor set up for the accounts named. */
	private record Fake(String id, int preference, boolean typed, Set<Long> accounts) implements SecondFactor {

		@Override
		public boolean configuredFor(AccountLogin login) {
			return this.accounts.contains(login.id());
		}

		@Override
		public FactorCheck verify(long accountId, FactorChallenge challenge, String answer) {
			return FactorCheck.WRONG;
		}

	}

}
