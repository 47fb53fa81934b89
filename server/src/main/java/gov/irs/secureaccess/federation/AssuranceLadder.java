package gov.irs.secureaccess.federation;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * FED-4 for a signed-in person at the authorization endpoint: the rungs an authorization
 * request climbs, in order, each a named decision. The first rung that is not met decides
 * what happens ({@link Decision}); when every rung is met the request passes at the
 * account's level. With {@code prompt=none} a rung that would show a page answers the
 * application instead (OIDC Core 3.1.2.6): {@code login_required} for a sign-in,
 * {@code interaction_required} for anything else. {@link AssuranceFilter} gathers the
 * request's facts and carries the decision out; what the ladder needs to know of the
 * account comes through {@link AccountFacts}, so the ladder itself is plain decisions.
 */
final class AssuranceLadder {

	/** What the request asks and what the session holds, as the filter read them. */
	record Situation(long accountId, String clientId, AssuranceLevel required, boolean promptNone,
			boolean freshSigninAsked, Long maxAgeSeconds, String idTokenHint, long nowMillis, long signedInAtMillis,
			boolean freshSigninDone, boolean phishingResistantSession) {
	}

	/** What the ladder decided. */
	sealed interface Decision {

		/**
		 * Every rung met: the request goes on to Spring's authorization server at this
		 * level of assurance.
		 */
		record Pass(int loa) implements Decision {
		}

		/**
		 * {@code prompt=none} and a page would be needed: this error goes back to the
		 * application.
		 */
		record TellTheApplication(String error) implements Decision {
		}

		/**
		 * A sign-in made from now on first (then the request resumes and passes however
		 * long it took).
		 */
		record FreshSignin() implements Decision {
		}

		/** A page first: the step-up, a passkey sign-in, or how to add a passkey. */
		record Divert(String path) implements Decision {
		}

		/** The e-Services User Agreement first (SIGN-8). */
		record AcceptTheAgreement() implements Decision {
		}

	}

	/**
	 * What the ladder asks about the account, answered from the database by the filter.
	 */
	interface AccountFacts {

		/**
		 * The account's level of identity assurance (0 when there is no such account any
		 * more).
		 */
		int loa(long accountId);

		boolean hasPasskeys(long accountId);

		/**
		 * Whether the current version of the e-Services User Agreement is accepted
		 * (SIGN-8).
		 */
		boolean acceptedTheCurrentAgreement(long accountId);

		/**
		 * Whether the ID token names this account for this application; empty when it is
		 * not one of ours for it.
		 */
		Optional<Boolean> hintNames(String idTokenHint, String clientId, long accountId);

	}

	private final AccountFacts facts;

	AssuranceLadder(AccountFacts facts) {
		this.facts = facts;
	}

	Decision decide(Situation situation) {
		int loa = this.facts.loa(situation.accountId());
		Stream<Supplier<Optional<Decision>>> rungs = Stream.of(() -> thePersonTheApplicationExpects(situation),
				() -> aFreshSigninWhenAsked(situation), () -> aSigninRecentEnough(situation),
				() -> theLevelOfIdentity(situation, loa), () -> phishingResistance(situation),
				() -> theUserAgreement(situation));
		return rungs.map(Supplier::get).flatMap(Optional::stream).findFirst().orElseGet(() -> new Decision.Pass(loa));
	}

	/**
	 * {@code id_token_hint} (OIDC Core 3.1.2.1): when it names someone else than the
	 * person signed in here, they sign in again; with {@code prompt=none}, anything but a
	 * hint naming this person is {@code login_required}.
	 */
	private Optional<Decision> thePersonTheApplicationExpects(Situation situation) {
		if (situation.idTokenHint() == null || situation.freshSigninDone()) {
			return Optional.empty();
		}
		Optional<Boolean> samePerson = this.facts.hintNames(situation.idTokenHint(), situation.clientId(),
				situation.accountId());
		if (situation.promptNone() && !samePerson.orElse(false)) {
			return Optional.of(new Decision.TellTheApplication("login_required"));
		}
		if (samePerson.isPresent() && !samePerson.get()) {
			return Optional.of(new Decision.FreshSignin());
		}
		return Optional.empty();
	}

	/**
	 * {@code prompt=login} or {@code select_account}: a sign-in made for this request.
	 */
	private Optional<Decision> aFreshSigninWhenAsked(Situation situation) {
		return (situation.freshSigninAsked() && !situation.freshSigninDone()) ? Optional.of(new Decision.FreshSignin())
				: Optional.empty();
	}

	/** {@code max_age} (OIDC Core 3.1.2.1): a sign-in older than it is made again. */
	private Optional<Decision> aSigninRecentEnough(Situation situation) {
		if (situation.maxAgeSeconds() == null || situation.freshSigninDone()
				|| situation.nowMillis() - situation.signedInAtMillis() <= situation.maxAgeSeconds() * 1000) {
			return Optional.empty();
		}
		return Optional.of(situation.promptNone() ? new Decision.TellTheApplication("login_required")
				: new Decision.FreshSignin());
	}

	/**
	 * The application's level (raised by {@code acr_values}) above the account's: the
	 * missing proofing steps.
	 */
	private Optional<Decision> theLevelOfIdentity(Situation situation, int loa) {
		if (loa >= situation.required().identityLoa()) {
			return Optional.empty();
		}
		return Optional.of(interaction(situation, AssuranceFilter.STEP_UP_PATH));
	}

	/** Phishing resistance needed and the session's sign-in was not with a passkey. */
	private Optional<Decision> phishingResistance(Situation situation) {
		if (!situation.required().needsPhishingResistance() || situation.phishingResistantSession()) {
			return Optional.empty();
		}
		if (situation.promptNone()) {
			return Optional.of(new Decision.TellTheApplication("interaction_required"));
		}
		return Optional.of(new Decision.Divert(this.facts.hasPasskeys(situation.accountId())
				? AssuranceFilter.PASSKEY_SIGNIN_PATH : AssuranceFilter.PASSKEY_NEEDED_PATH));
	}

	/** SIGN-8: the current e-Services User Agreement accepted. */
	private Optional<Decision> theUserAgreement(Situation situation) {
		if (this.facts.acceptedTheCurrentAgreement(situation.accountId())) {
			return Optional.empty();
		}
		return Optional.of(situation.promptNone() ? new Decision.TellTheApplication("interaction_required")
				: new Decision.AcceptTheAgreement());
	}

	private static Decision interaction(Situation situation, String path) {
		return situation.promptNone() ? new Decision.TellTheApplication("interaction_required")
				: new Decision.Divert(path);
	}

}
