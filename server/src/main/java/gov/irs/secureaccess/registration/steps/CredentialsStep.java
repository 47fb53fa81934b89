package gov.irs.secureaccess.registration.steps;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountConflictException;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.Refusal;
import gov.irs.secureaccess.accounts.SiteImages;
import gov.irs.secureaccess.accounts.Verdict;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.accounts.password.PasswordPolicy;
import gov.irs.secureaccess.accounts.password.PasswordSettings;
import gov.irs.secureaccess.accounts.username.UsernamePolicy;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyData;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.RegistrationMessages;
import gov.irs.secureaccess.proofing.RegistrationProperties;
import gov.irs.secureaccess.registration.RegistrationStates;
import gov.irs.secureaccess.registration.WaitingAccounts;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.stereotype.Component;

/**
 * REG-7 and the end of registration: username (unique, permanent), password (PW-1 to
 * PW-3), site phrase and site image; on the mail path also two secret questions (REG-6).
 * Creates the account: active at LOA-3 with the phone (REG-8: notice of proofing by
 * letter and email), or awaiting the mailed activation code (the letter goes out now).
 */
@Component
public class CredentialsStep implements Step {

	public static final String USERNAME = "username";

	/** Question ids; their words are the message keys {@code secretQuestion.<id>}. */
	public static final List<String> SECRET_QUESTIONS = List.of("firstSchool", "childhoodFriend", "firstStreet",
			"favouriteTeacher", "firstJob", "grandmotherCity");

	/** The longest site phrase, in characters (REG-7). */
	public static final int MAX_SITE_PHRASE = 60;

	private final UsernamePolicy usernames;

	private final PasswordPolicy passwords;

	private final PasswordHasher hasher;

	private final TaxRecords taxRecords;

	private final OneTimeCodes codes;

	private final RegistrationMessages messages;

	private final AuditLog audit;

	private final WaitingAccounts waitingAccounts;

	private final int attempts;

	private final PasswordSettings passwordSettings;

	CredentialsStep(UsernamePolicy usernames, PasswordPolicy passwords, PasswordHasher hasher, TaxRecords taxRecords,
			OneTimeCodes codes, RegistrationMessages messages, AuditLog audit, RegistrationProperties properties,
			WaitingAccounts waitingAccounts, PasswordSettings passwordSettings) {
		this.passwordSettings = passwordSettings;
		this.usernames = usernames;
		this.passwords = passwords;
		this.hasher = hasher;
		this.taxRecords = taxRecords;
		this.codes = codes;
		this.messages = messages;
		this.audit = audit;
		this.waitingAccounts = waitingAccounts;
		this.attempts = properties.credentialsAttempts();
	}

	@Override
	public String name() {
		return RegistrationStates.CREDENTIALS;
	}

	@Override
	public String view() {
		return "register/credentials";
	}

	@Override
	public int maxAttempts() {
		return this.attempts;
	}

	/**
	 * The rules of a username and a password, the site images and, on the mail path, the
	 * secret questions.
	 */
	@Override
	public Map<String, Object> page(Journey journey) {
		return Map.of("gallery", SiteImages.GALLERY, "secretQuestions", SECRET_QUESTIONS, "passwordMinLength",
				this.passwordSettings.minLength(), "usernameMin", UsernamePolicy.MIN_LENGTH, "usernameMax",
				UsernamePolicy.MAX_LENGTH);
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		boolean mailPath = RegistrationStates.PATH_MAIL.equals(journey.get(RegistrationStates.PATH));
		String username = input.get(USERNAME);
		String password = input.fields().getOrDefault("password", "");
		StepOutcome refused = check(journey, input, username, password, mailPath);
		if (refused != null) {
			return refused;
		}
		TaxRecord record = this.taxRecords.findBySsn(Ssn.parse(journey.get(RegistrationStates.SSN))).orElseThrow();
		Map<String, String> answers = new HashMap<>();
		if (mailPath) {
			answers.put(input.get("question1"), input.get("answer1"));
			answers.put(input.get("question2"), input.get("answer2"));
		}
		NewAccount account = new NewAccount(username, journey.get(RegistrationStates.EMAIL),
				journey.get(RegistrationStates.FIRST_NAME), journey.get(RegistrationStates.LAST_NAME),
				record.dateOfBirth(), record.ssn(), this.hasher.hash(password), input.get("sitePhrase"),
				input.get("siteImage"), mailPath ? null : journey.get(RegistrationStates.PHONE_E164),
				mailPath ? AccountStatus.AWAITING_ACTIVATION : AccountStatus.ACTIVE, mailPath ? 2 : 3,
				mailPath ? WaitingAccounts.EVIDENCE : "tax-record,financial,sms", answers);
		long id;
		try {
			// REG-6, REG-9: an account of this person waiting on the letter of a
			// registration that never came back (often an impostor's) gives way to the
			// person who has proved themselves now.
			id = this.waitingAccounts.create(account, journey.id().toString());
		}
		catch (AccountConflictException ex) {
			return StepOutcome.invalid(switch (ex.conflict()) {
				case USERNAME_TAKEN -> "register.credentials.error.usernameTaken";
				case PHONE_TAKEN -> "register.phone.error.taken";
				case ALREADY_REGISTERED -> "register.identity.error.alreadyRegistered";
			});
		}
		notify(journey, record, id, username, mailPath);
		return StepOutcome.passed(JourneyData.with(RegistrationStates.ACCOUNT_ID, id).and(USERNAME, username.strip()));
	}

	private StepOutcome check(Journey journey, StepInput input, String username, String password, boolean mailPath) {
		Verdict usernameVerdict = this.usernames.check(username);
		if (!usernameVerdict.isAccepted()) {
			return refusal(usernameVerdict);
		}
		if (!password.equals(input.fields().getOrDefault("passwordConfirm", ""))) {
			return StepOutcome.invalid("register.credentials.error.passwordsDiffer");
		}
		Verdict passwordVerdict = this.passwords.check(password, username, journey.get(RegistrationStates.EMAIL));
		if (!passwordVerdict.isAccepted()) {
			return refusal(passwordVerdict);
		}
		String phrase = input.get("sitePhrase");
		if (phrase.isEmpty() || phrase.length() > MAX_SITE_PHRASE) {
			return new StepOutcome.Rejected("register.credentials.error.sitePhrase", false,
					"register.credentials.error.sitePhrase", List.of(MAX_SITE_PHRASE));
		}
		if (!SiteImages.isInGallery(input.get("siteImage"))) {
			return StepOutcome.invalid("register.credentials.error.siteImage");
		}
		if (mailPath) {
			return checkSecretQuestions(input);
		}
		return null;
	}

	private static StepOutcome checkSecretQuestions(StepInput input) {
		String q1 = input.get("question1");
		String q2 = input.get("question2");
		if (!SECRET_QUESTIONS.contains(q1) || !SECRET_QUESTIONS.contains(q2) || q1.equals(q2)) {
			return StepOutcome.invalid("register.credentials.error.questions");
		}
		for (String answer : List.of(input.get("answer1"), input.get("answer2"))) {
			if (answer.length() < 3 || answer.length() > 100) {
				return StepOutcome.invalid("register.credentials.error.answers");
			}
		}
		return null;
	}

	private static StepOutcome refusal(Verdict verdict) {
		Refusal first = verdict.refusals().get(0);
		return new StepOutcome.Rejected(first.messageKey(), false, first.messageKey(), first.arguments());
	}

	private void notify(Journey journey, TaxRecord record, long id, String username, boolean mailPath) {
		Locale locale = Locale.forLanguageTag(journey.get(RegistrationStates.LANGUAGE));
		String fullName = record.name().fullName();
		String subject = "account:" + id;
		if (mailPath) {
			IssuedCode code = this.codes.issue(CodePurpose.MAIL_ACTIVATION, subject);
			this.messages.activationLetter(fullName, record.address(), code.code(), code.expiresAt(), locale);
			this.audit.record(AuditEvent.of(subject, "account.created.awaiting-activation", subject, null)
				.with("journey", journey.id().toString()));
		}
		else {
			this.messages.proofingNotice(fullName, record.address(), journey.get(RegistrationStates.EMAIL),
					journey.updatedAt(), username.strip(), locale);
			this.audit.record(AuditEvent.of(subject, "account.created", subject, null)
				.with("journey", journey.id().toString())
				.with("loa", "3"));
		}
	}

}
