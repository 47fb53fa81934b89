package gov.irs.secureaccess.assisted;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import gov.irs.secureaccess.accounts.AccountConflictException;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.SiteImages;
import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.insights.VerificationChannel;
import gov.irs.secureaccess.insights.Verifications;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.Outbox;
import gov.irs.secureaccess.messaging.OutgoingMessage;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.platform.limits.RateLimit;
import gov.irs.secureaccess.platform.limits.RateLimitDecision;
import gov.irs.secureaccess.platform.limits.RateLimiter;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.RegistrationMessages;
import gov.irs.secureaccess.registration.WaitingAccounts;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exception processing at the e-Help Desk (AST-1, AST-2, AST-3 after a TAC check). Every
 * step is audited (AST-4, DATA-4) with the assistor ({@code assistor:<account id>}), the
 * case number, the outcome and the caller's address:
 * <ol>
 * <li>{@link #lookup}: only an existing e-Services user (a legacy account for the SSN,
 * the last name matching) with no Secure Access account may go on (AST-1).</li>
 * <li>{@link #drawQuestions}: a fresh set from the tax record ({@link QuestionPool}); at
 * most {@link #QUESTION_SETS} sets per person per 7 days (rate limit
 * {@code assist-question-sets}, keyed by SSN).</li>
 * <li>{@link #checkAnswers}: all answers right passes (the seeds: "if you accurately
 * answer all questions").</li>
 * <li>{@link #createAccount}: after a pass, or on an unused TAC check (AST-3), the
 * account is made with the e-Services username, a temporary password (changed at first
 * sign-in) and status awaiting activation at LOA-2, as the mail path leaves it; the
 * activation code goes by letter to the address of record (REG-6); the legacy account is
 * deleted; all in one transaction.</li>
 * </ol>
 */
@Service
public class HelpDesk {

	/**
	 * Question sets per person: a failed set sends the caller to a TAC, a second or third
	 * try at most.
	 */
	public static final RateLimit QUESTION_SETS = new RateLimit("assist-question-sets", 3, Duration.ofDays(7));

	public enum Outcome {

		FOUND, NOT_E_SERVICES_USER, ALREADY_REGISTERED, NAME_MISMATCH, NO_TAX_RECORD

	}

	/**
	 * The person behind a case: the legacy account, the tax record and any usable
	 * in-person check.
	 */
	public record Person(LegacyAccount legacy, TaxRecord record, Optional<InPersonCheck> inPerson) {

		public String maskedName() {
			return Masked.name(this.legacy.firstName(), this.legacy.lastName());
		}

		public String maskedSsn() {
			return Masked.ssn(this.legacy.ssn());
		}

		@Override
		public String toString() {
			return "Person[legacy " + this.legacy.id() + "]";
		}

	}

	public record Lookup(Outcome outcome, Optional<Person> person) {
	}

	public enum Answered {

		PASSED, FAILED, UNREADABLE

	}

	public enum Basis {

		/** The caller answered the questions (AST-2). */
		QUESTIONS,

		/** A TAC officer saw two forms of identification (AST-3). */
		IN_PERSON

	}

	public record Created(long accountId, String username) {
	}

	/** Why no account could be made. */
	public static final class NotCreated extends RuntimeException {

		private final String reason;

		NotCreated(String reason) {
			super(reason);
			this.reason = reason;
		}

		/**
		 * {@code already-registered}, {@code username-taken}, {@code legacy-gone},
		 * {@code not-verified}.
		 */
		public String reason() {
			return this.reason;
		}

	}

	private final WaitingAccounts waitingAccounts;

	private final LegacyAccounts legacy;

	private final TaxRecords taxRecords;

	private final InPersonChecks inPerson;

	private final RateLimiter limiter;

	private final OneTimeCodes codes;

	private final RegistrationMessages letters;

	private final Outbox outbox;

	private final TemporaryPasswords temporaryPasswords;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Verifications verifications;

	private final KeyedHash keys;

	private final SecureRandom random = new SecureRandom();

	HelpDesk(WaitingAccounts waitingAccounts, LegacyAccounts legacy, TaxRecords taxRecords, InPersonChecks inPerson,
			RateLimiter limiter, OneTimeCodes codes, RegistrationMessages letters, Outbox outbox,
			TemporaryPasswords temporaryPasswords, AuditLog audit, MessageSource messages, Verifications verifications,
			KeyedHash keys) {
		this.waitingAccounts = waitingAccounts;
		this.legacy = legacy;
		this.taxRecords = taxRecords;
		this.inPerson = inPerson;
		this.limiter = limiter;
		this.codes = codes;
		this.letters = letters;
		this.outbox = outbox;
		this.temporaryPasswords = temporaryPasswords;
		this.audit = audit;
		this.messages = messages;
		this.verifications = verifications;
		this.keys = keys;
	}

	/** The questions a person's tax record allows (AST-2). */
	public QuestionPool questions(TaxRecord record) {
		return QuestionPool.of(record, this.keys);
	}

	static String actor(long assistorId) {
		return "assistor:" + assistorId;
	}

	static String legacySubject(long legacyId) {
		return "legacy-account:" + legacyId;
	}

	/** AST-1: who may use exception processing. Audited with its outcome. */
	@Transactional
	public Lookup lookup(long assistorId, CaseNumber caseNumber, Ssn ssn, String lastName, String address) {
		Lookup lookup = find(ssn, lastName);
		String subject = lookup.person().map((person) -> legacySubject(person.legacy().id())).orElse(null);
		this.audit.record(event(assistorId, "assist.lookup", subject, caseNumber, address).with("outcome",
				lookup.outcome().name().toLowerCase(Locale.ROOT)));
		return lookup;
	}

	Lookup find(Ssn ssn, String lastName) {
		// REG-6, REG-9: an account an online registration left waiting on its letter
		// (often an impostor's) does not keep the person from the desk or a TAC; the
		// account made here closes it.
		if (this.waitingAccounts.keepsOut(ssn)) {
			return new Lookup(Outcome.ALREADY_REGISTERED, Optional.empty());
		}
		Optional<LegacyAccount> found = this.legacy.findBySsn(ssn);
		if (found.isEmpty()) {
			return new Lookup(Outcome.NOT_E_SERVICES_USER, Optional.empty());
		}
		if (!sameName(found.get().lastName(), lastName)) {
			return new Lookup(Outcome.NAME_MISMATCH, Optional.empty());
		}
		Optional<TaxRecord> record = this.taxRecords.findBySsn(ssn);
		if (record.isEmpty()) {
			return new Lookup(Outcome.NO_TAX_RECORD, Optional.empty());
		}
		return new Lookup(Outcome.FOUND, Optional.of(new Person(found.get(), record.get(), this.inPerson.usable(ssn))));
	}

	/**
	 * The person of an open case, read again; empty when the legacy account is gone
	 * (moved meanwhile).
	 */
	@Transactional(readOnly = true)
	public Optional<Person> person(long legacyId) {
		return this.legacy.findById(legacyId)
			.flatMap((account) -> this.taxRecords.findBySsn(account.ssn())
				.map((record) -> new Person(account, record, this.inPerson.usable(account.ssn()))));
	}

	/** AST-4: an assistor looked at a case. */
	@Transactional
	public void viewed(long assistorId, CaseNumber caseNumber, long legacyId, String stage, String address) {
		this.audit.record(event(assistorId, "assist.case.viewed", legacySubject(legacyId), caseNumber, address)
			.with("stage", stage));
	}

	/**
	 * AST-4: an action refused before it began (no or a wrong case number, a case not
	 * open).
	 */
	@Transactional
	public void refused(long assistorId, String action, String reason, String address) {
		this.audit.record(AuditEvent.of(actor(assistorId), action, null, address)
			.with("outcome", "refused")
			.with("reason", reason));
	}

	/**
	 * AST-2: a fresh set of question keys, or empty when this person's sets are spent for
	 * now.
	 */
	@Transactional
	public Optional<List<String>> drawQuestions(long assistorId, CaseNumber caseNumber, Person person, String address) {
		RateLimitDecision decision = this.limiter.hit(QUESTION_SETS, "ssn:" + person.legacy().ssn().formatted());
		AuditEvent event = event(assistorId, "assist.questions.drawn", legacySubject(person.legacy().id()), caseNumber,
				address);
		if (!decision.allowed()) {
			this.audit.record(event.with("outcome", "limited"));
			return Optional.empty();
		}
		List<String> keys = questions(person.record()).draw(this.random);
		this.audit.record(event.with("outcome", "drawn").with("questions", String.join(" ", keys)));
		return Optional.of(keys);
	}

	/**
	 * AST-2: the caller's answers to the set asked. All right passes; any wrong fails; an
	 * answer that cannot be read (letters in an amount) is neither: nothing is recorded
	 * and the assistor corrects it.
	 */
	@Transactional
	public Answered checkAnswers(long assistorId, CaseNumber caseNumber, Person person, List<String> keys,
			Map<String, String> answers, String address) {
		QuestionPool pool = questions(person.record());
		int right = 0;
		for (String key : keys) {
			DeskQuestion question = pool.find(key).orElseThrow();
			DeskQuestion.Check check = question.check(answers.get(key));
			if (check == DeskQuestion.Check.UNREADABLE) {
				return Answered.UNREADABLE;
			}
			if (check == DeskQuestion.Check.RIGHT) {
				right++;
			}
		}
		Answered answered = (right == keys.size()) ? Answered.PASSED : Answered.FAILED;
		this.audit.record(
				event(assistorId, "assist.questions.answered", legacySubject(person.legacy().id()), caseNumber, address)
					.with("outcome", answered.name().toLowerCase(Locale.ROOT))
					.with("right", right + " of " + keys.size()));
		return answered;
	}

	/**
	 * AST-2 / AST-3: makes the Secure Access account of a verified caller.
	 * {@code temporaryPasswordHash} is the hash of the temporary password the assistor
	 * reads out (hashed by the caller, outside the transaction).
	 * @throws NotCreated when the account cannot be made; nothing is then changed
	 */
	@Transactional(rollbackFor = NotCreated.class)
	public Created createAccount(long assistorId, CaseNumber caseNumber, long legacyId, Basis basis,
			String temporaryPasswordHash, Locale locale, String address) {
		LegacyAccount account = this.legacy.findById(legacyId).orElseThrow(() -> new NotCreated("legacy-gone"));
		Ssn ssn = account.ssn();
		TaxRecord record = this.taxRecords.findBySsn(ssn).orElseThrow(() -> new NotCreated("no-tax-record"));
		if (basis == Basis.IN_PERSON) {
			InPersonCheck check = this.inPerson.usable(ssn).orElseThrow(() -> new NotCreated("not-verified"));
			this.inPerson.use(check.id());
		}
		long id;
		try {
			id = this.waitingAccounts.create(
					new NewAccount(account.username(), account.email(), record.name().first(), record.name().last(),
							record.dateOfBirth(), ssn, temporaryPasswordHash, text("assist.defaultSitePhrase", locale),
							SiteImages.GALLERY.get(this.random.nextInt(SiteImages.GALLERY.size())), null,
							AccountStatus.AWAITING_ACTIVATION, 2,
							(basis == Basis.IN_PERSON) ? "in-person,tac" : "tax-record,assistor-questions", Map.of()),
					"case:" + caseNumber.value());
		}
		catch (AccountConflictException ex) {
			throw new NotCreated((ex.conflict() == AccountConflictException.Conflict.ALREADY_REGISTERED)
					? "already-registered" : "username-taken");
		}
		String subject = "account:" + id;
		this.temporaryPasswords.issued(id, temporaryPasswordHash, actor(assistorId));
		IssuedCode code = this.codes.issue(CodePurpose.MAIL_ACTIVATION, subject);
		this.letters.assistedActivationLetter(record.name().fullName(), record.address(), code.code(), code.expiresAt(),
				locale, (basis == Basis.IN_PERSON) ? RegistrationMessages.AssistedBy.DESK_AFTER_TAC
						: RegistrationMessages.AssistedBy.DESK);
		this.outbox.enqueue(new OutgoingMessage(Channel.EMAIL, "assist.account-created", account.email(),
				text("assist.mail.created.subject", locale),
				text("assist.mail.created.body", locale, account.username()), null));
		this.legacy.remove(legacyId);
		// OUT-1: a verification of its own, finished when the mailed activation code
		// comes back.
		UUID verification = UUID.randomUUID();
		VerificationChannel channel = (basis == Basis.IN_PERSON) ? VerificationChannel.IN_PERSON
				: VerificationChannel.E_HELP_DESK;
		this.verifications.started(verification, channel);
		this.verifications.awaitingActivation(verification, id, channel);
		this.audit.record(event(assistorId,
				(basis == Basis.IN_PERSON) ? "assist.account.created.in-person" : "assist.account.created", subject,
				caseNumber, address)
			.with("legacy", legacySubject(legacyId)));
		return new Created(id, account.username());
	}

	/**
	 * Audits an account that could not be made (in its own transaction, after the attempt
	 * rolled back).
	 */
	@Transactional
	public void notCreated(long assistorId, CaseNumber caseNumber, long legacyId, String reason, String address) {
		this.audit.record(event(assistorId, "assist.account.refused", legacySubject(legacyId), caseNumber, address)
			.with("reason", reason));
	}

	private AuditEvent event(long assistorId, String action, String subject, CaseNumber caseNumber, String address) {
		return AuditEvent.of(actor(assistorId), action, subject, address).with("case", caseNumber.value());
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/**
	 * Last names compared as people type them: case, accents, spaces, hyphens and
	 * apostrophes aside.
	 */
	static boolean sameName(String onFile, String typed) {
		return typed != null && !typed.isBlank() && plain(onFile).equals(plain(typed));
	}

	private static String plain(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[\\s'’\\-.]", "")
			.toLowerCase(Locale.ROOT);
	}

}
