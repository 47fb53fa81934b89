package gov.irs.secureaccess.signin.legacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.accounts.Refusal;
import gov.irs.secureaccess.accounts.SiteImages;
import gov.irs.secureaccess.accounts.Verdict;
import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.accounts.legacy.LegacyPasswordScheme;
import gov.irs.secureaccess.accounts.password.PasswordPolicy;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.proofing.RegistrationProperties;
import gov.irs.secureaccess.registration.steps.CredentialsStep;

import org.springframework.stereotype.Component;

/**
 * REG-10, last: a new password meeting PW-1 and PW-2 (not containing the kept username or
 * the email, and not the old e-Services password), the site phrase and image (REG-7), and
 * on the mail path two secret questions (REG-6). The username is not asked: it stays.
 * Accepted, the account moves ({@link LegacyMoves#migrate}).
 */
@Component
class LegacyPasswordStep implements Step {

	private final LegacyAccounts legacy;

	private final PasswordPolicy passwords;

	private final LegacyMoves moves;

	private final int attempts;

	LegacyPasswordStep(LegacyAccounts legacy, PasswordPolicy passwords, LegacyMoves moves,
			RegistrationProperties properties) {
		this.legacy = legacy;
		this.passwords = passwords;
		this.moves = moves;
		this.attempts = properties.credentialsAttempts();
	}

	@Override
	public String name() {
		return LegacyStates.PASSWORD;
	}

	@Override
	public String view() {
		return "legacy/password";
	}

	@Override
	public int maxAttempts() {
		return this.attempts;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		Optional<LegacyAccount> account = this.legacy.findById(LegacyStates.legacyId(journey));
		if (account.isEmpty()) {
			return StepOutcome.invalid("legacy.error.moved");
		}
		boolean mailPath = LegacyStates.PATH_MAIL.equals(journey.get(LegacyStates.PATH));
		String password = input.fields().getOrDefault("password", "");
		if (!password.equals(input.fields().getOrDefault("passwordConfirm", ""))) {
			return StepOutcome.invalid("register.credentials.error.passwordsDiffer");
		}
		Verdict verdict = this.passwords.check(password, account.get().username(), account.get().email());
		if (!verdict.isAccepted()) {
			Refusal first = verdict.refusals().get(0);
			return new StepOutcome.Rejected(first.messageKey(), false, first.messageKey(), first.arguments());
		}
		if (LegacyPasswordScheme.verify(password, account.get().passwordHash())) {
			return StepOutcome.invalid("legacy.password.error.sameAsOld");
		}
		String phrase = input.get("sitePhrase");
		if (phrase.isEmpty() || phrase.length() > CredentialsStep.MAX_SITE_PHRASE) {
			return new StepOutcome.Rejected("register.credentials.error.sitePhrase", false,
					"register.credentials.error.sitePhrase", List.of(CredentialsStep.MAX_SITE_PHRASE));
		}
		if (!SiteImages.isInGallery(input.get("siteImage"))) {
			return StepOutcome.invalid("register.credentials.error.siteImage");
		}
		Map<String, String> answers = new LinkedHashMap<>();
		if (mailPath) {
			StepOutcome refused = checkSecretQuestions(input);
			if (refused != null) {
				return refused;
			}
			answers.put(input.get("question1"), input.get("answer1"));
			answers.put(input.get("question2"), input.get("answer2"));
		}
		return this.moves.migrate(journey, account.get(), password, phrase, input.get("siteImage"), answers, mailPath);
	}

	private static StepOutcome checkSecretQuestions(StepInput input) {
		String q1 = input.get("question1");
		String q2 = input.get("question2");
		if (!CredentialsStep.SECRET_QUESTIONS.contains(q1) || !CredentialsStep.SECRET_QUESTIONS.contains(q2)
				|| q1.equals(q2)) {
			return StepOutcome.invalid("register.credentials.error.questions");
		}
		for (String answer : List.of(input.get("answer1"), input.get("answer2"))) {
			if (answer.length() < 3 || answer.length() > 100) {
				return StepOutcome.invalid("register.credentials.error.answers");
			}
		}
		return null;
	}

}
