package gov.irs.secureaccess.federation;

import java.util.Optional;

import gov.irs.secureaccess.federation.AssuranceLadder.Decision;
import gov.irs.secureaccess.federation.AssuranceLadder.Situation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-4: the ladder of an authorization request for a signed-in person, rung by rung,
 * without a server: which decision each unmet rung makes, that the first unmet rung
 * decides, and what {@code prompt=none} answers instead of a page (OIDC Core 3.1.2.6).
 * The filter's behaviour end to end: {@code FederationAssuranceTest},
 * {@code OpenIdConnectCoreTest}, {@code ConformanceSuiteTest}.
 */
class AssuranceLadderTest {

	private static final long ACCOUNT = 42;

	private static final long NOW = 1_000_000_000L;

	/**
	 * A person at LOA-3, no passkey, the agreement accepted, signed in a minute ago; the
	 * hint names someone else.
	 */
	private static final class Facts implements AssuranceLadder.AccountFacts {

		int loa = 3;

		boolean passkeys;

		boolean accepted = true;

		Optional<Boolean> hint = Optional.of(false);

		@Override
		public int loa(long accountId) {
			return this.loa;
		}

		@Override
		public boolean hasPasskeys(long accountId) {
			return this.passkeys;
		}

		@Override
		public boolean acceptedTheCurrentAgreement(long accountId) {
			return this.accepted;
		}

		@Override
		public Optional<Boolean> hintNames(String idTokenHint, String clientId, long accountId) {
			return this.hint;
		}

	}

	private final Facts facts = new Facts();

	private final AssuranceLadder ladder = new AssuranceLadder(this.facts);

	private static Situation asked(AssuranceLevel required) {
		return new Situation(ACCOUNT, "get-transcript", required, false, false, null, null, NOW, NOW - 60_000, false,
				false);
	}

	private static Situation none(Situation s) {
		return new Situation(s.accountId(), s.clientId(), s.required(), true, s.freshSigninAsked(), s.maxAgeSeconds(),
				s.idTokenHint(), s.nowMillis(), s.signedInAtMillis(), s.freshSigninDone(),
				s.phishingResistantSession());
	}

	private static Situation maxAge(Situation s, long seconds) {
		return new Situation(s.accountId(), s.clientId(), s.required(), s.promptNone(), s.freshSigninAsked(), seconds,
				s.idTokenHint(), s.nowMillis(), s.signedInAtMillis(), s.freshSigninDone(),
				s.phishingResistantSession());
	}

	private static Situation hint(Situation s) {
		return new Situation(s.accountId(), s.clientId(), s.required(), s.promptNone(), s.freshSigninAsked(),
				s.maxAgeSeconds(), "eyJ.hint.sig", s.nowMillis(), s.signedInAtMillis(), s.freshSigninDone(),
				s.phishingResistantSession());
	}

	private static Situation freshAsked(Situation s, boolean done) {
		return new Situation(s.accountId(), s.clientId(), s.required(), s.promptNone(), true, s.maxAgeSeconds(),
				s.idTokenHint(), s.nowMillis(), s.signedInAtMillis(), done, s.phishingResistantSession());
	}

	@Test
	void FED_4_whenEveryRungIsMet_thenTheRequestPassesAtTheAccountsLevel() {
		assertThat(this.ladder.decide(asked(AssuranceLevel.LOA_3))).isEqualTo(new Decision.Pass(3));
		this.facts.loa = 2;
		assertThat(this.ladder.decide(asked(AssuranceLevel.LOA_1))).isEqualTo(new Decision.Pass(2));
	}

	@Test
	void FED_4_whenTheAccountIsBelowTheLevelAsked_thenTheStepUp_orInteractionRequiredWithPromptNone() {
		this.facts.loa = 2;
		assertThat(this.ladder.decide(asked(AssuranceLevel.LOA_3)))
			.isEqualTo(new Decision.Divert(AssuranceFilter.STEP_UP_PATH));
		assertThat(this.ladder.decide(none(asked(AssuranceLevel.LOA_3))))
			.isEqualTo(new Decision.TellTheApplication("interaction_required"));
	}

	@Test
	void FED_4_whenPhishingResistanceIsAskedWithoutAPasskeySignin_thenAPasskeySigninOrHowToAddOne() {
		assertThat(this.ladder.decide(asked(AssuranceLevel.PHISHING_RESISTANT)))
			.isEqualTo(new Decision.Divert(AssuranceFilter.PASSKEY_NEEDED_PATH));
		this.facts.passkeys = true;
		assertThat(this.ladder.decide(asked(AssuranceLevel.PHISHING_RESISTANT)))
			.isEqualTo(new Decision.Divert(AssuranceFilter.PASSKEY_SIGNIN_PATH));
		assertThat(this.ladder.decide(none(asked(AssuranceLevel.PHISHING_RESISTANT))))
			.isEqualTo(new Decision.TellTheApplication("interaction_required"));
		Situation withPasskey = new Situation(ACCOUNT, "get-transcript", AssuranceLevel.PHISHING_RESISTANT, false,
				false, null, null, NOW, NOW - 60_000, false, true);
		assertThat(this.ladder.decide(withPasskey)).isEqualTo(new Decision.Pass(3));
	}

	// SIGN-8 is the last rung: an agreement not yet accepted after every other rung is
	// met.
	@Test
	void SIGN_8_whenTheAgreementIsNotAccepted_thenItComesLast_orInteractionRequiredWithPromptNone() {
		this.facts.accepted = false;
		assertThat(this.ladder.decide(asked(AssuranceLevel.LOA_3))).isEqualTo(new Decision.AcceptTheAgreement());
		assertThat(this.ladder.decide(none(asked(AssuranceLevel.LOA_3))))
			.isEqualTo(new Decision.TellTheApplication("interaction_required"));
		this.facts.loa = 2;
		assertThat(this.ladder.decide(asked(AssuranceLevel.LOA_3)))
			.isEqualTo(new Decision.Divert(AssuranceFilter.STEP_UP_PATH));
	}

	// OIDC Core 3.1.2.1 max_age: older than it, a fresh sign-in (login_required with
	// prompt=none), before any other rung.
	@Test
	void FED_4_whenTheSigninIsOlderThanMaxAge_thenAFreshSigninFirst_orLoginRequiredWithPromptNone() {
		this.facts.loa = 1;
		assertThat(this.ladder.decide(maxAge(asked(AssuranceLevel.LOA_3), 30))).isEqualTo(new Decision.FreshSignin());
		assertThat(this.ladder.decide(none(maxAge(asked(AssuranceLevel.LOA_3), 30))))
			.isEqualTo(new Decision.TellTheApplication("login_required"));
		// 60 s old, max_age=60: recent enough, so the next rung (the level) decides.
		assertThat(this.ladder.decide(maxAge(asked(AssuranceLevel.LOA_3), 60)))
			.isEqualTo(new Decision.Divert(AssuranceFilter.STEP_UP_PATH));
	}

	// OIDC Core 3.1.2.1 prompt=login: once the fresh sign-in for this request is done,
	// the request passes.
	@Test
	void FED_4_whenAFreshSigninIsAsked_thenItIsMadeOnce_andTheRequestThenPassesHoweverLongItTook() {
		assertThat(this.ladder.decide(freshAsked(asked(AssuranceLevel.LOA_3), false)))
			.isEqualTo(new Decision.FreshSignin());
		Situation done = freshAsked(maxAge(asked(AssuranceLevel.LOA_3), 0), true);
		assertThat(this.ladder.decide(done)).isEqualTo(new Decision.Pass(3));
	}

	// OIDC Core 3.1.2.1 id_token_hint: another person than the hint names signs in again;
	// prompt=none: login_required.
	@Test
	void FED_4_whenTheIdTokenHintNamesSomeoneElse_thenAFreshSignin_andWithPromptNoneLoginRequiredUnlessItIsThisPerson() {
		assertThat(this.ladder.decide(hint(asked(AssuranceLevel.LOA_3)))).isEqualTo(new Decision.FreshSignin());
		assertThat(this.ladder.decide(none(hint(asked(AssuranceLevel.LOA_3)))))
			.isEqualTo(new Decision.TellTheApplication("login_required"));
		this.facts.hint = Optional.empty();
		assertThat(this.ladder.decide(hint(asked(AssuranceLevel.LOA_3)))).isEqualTo(new Decision.Pass(3));
		assertThat(this.ladder.decide(none(hint(asked(AssuranceLevel.LOA_3)))))
			.isEqualTo(new Decision.TellTheApplication("login_required"));
		this.facts.hint = Optional.of(true);
		assertThat(this.ladder.decide(none(hint(asked(AssuranceLevel.LOA_3))))).isEqualTo(new Decision.Pass(3));
	}

}
