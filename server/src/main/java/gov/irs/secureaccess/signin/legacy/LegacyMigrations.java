package gov.irs.secureaccess.signin.legacy;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyData;
import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;
import gov.irs.secureaccess.journey.JourneyView;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.Submission;
import gov.irs.secureaccess.platform.limits.RateLimit;
import gov.irs.secureaccess.platform.limits.RateLimitDecision;
import gov.irs.secureaccess.platform.limits.RateLimiter;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.RegistrationMessages;
import gov.irs.secureaccess.registration.WaitingAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a legacy e-Services sign-in goes on (REG-10, REG-11). After the legacy password,
 * {@link #handOff} starts the move — a merge when the person's SSN already has a Secure
 * Access account, else the migration — or resumes the one the account started before (the
 * journey is remembered on the legacy account, so attempts spent stay spent), and keeps
 * it in the (new) session. The pages at {@value #PATH} then ask this service for the step
 * and submit to it.
 */
@Service
public class LegacyMigrations {

	/** The pages of the move. */
	public static final String PATH = "/sign-in/legacy";

	static final String SESSION_JOURNEY = "legacy.journey";

	static final String SESSION_TYPE = "legacy.type";

	/** New texted codes a person may ask for during one move, in 15 minutes. */
	static final RateLimit RESENDS = new RateLimit("legacy-code-resend", 3, Duration.ofMinutes(15));

	private final JourneyEngine engine;

	private final LegacyMigrationJourney migration;

	private final LegacyMergeJourney merge;

	private final LegacyAccounts legacy;

	private final Accounts accounts;

	private final WaitingAccounts waitingAccounts;

	private final OneTimeCodes codes;

	private final CodeLifetimes lifetimes;

	private final RegistrationMessages messages;

	private final RateLimiter limiter;

	private final AuditLog audit;

	LegacyMigrations(JourneyEngine engine, LegacyMigrationJourney migration, LegacyMergeJourney merge,
			LegacyAccounts legacy, Accounts accounts, OneTimeCodes codes, CodeLifetimes lifetimes,
			RegistrationMessages messages, RateLimiter limiter, AuditLog audit, WaitingAccounts waitingAccounts) {
		this.engine = engine;
		this.migration = migration;
		this.merge = merge;
		this.legacy = legacy;
		this.accounts = accounts;
		this.waitingAccounts = waitingAccounts;
		this.codes = codes;
		this.lifetimes = lifetimes;
		this.messages = messages;
		this.limiter = limiter;
		this.audit = audit;
	}

	/**
	 * The legacy password of {@code legacyId} was right: starts or resumes its move and
	 * keeps it in the session, whose id changes (the person is now someone the service
	 * knows).
	 */
	@Transactional
	public void handOff(long legacyId, String language, String sourceAddress, HttpServletRequest request) {
		LegacyAccount account = this.legacy.findById(legacyId).orElseThrow();
		// REG-6, REG-10: an account only waiting on the letter of a registration nobody
		// finished is not the person's to merge into (its password is whoever made it);
		// they move as if there were none, and the move closes it.
		Optional<Long> existing = this.waitingAccounts.keepsOut(account.ssn()) ? this.accounts.idBySsn(account.ssn())
				: Optional.empty();
		JourneyDefinition definition = existing.isPresent() ? this.merge.definition() : this.migration.definition();
		UUID id = this.legacy.migrationJourney(legacyId)
			.filter((known) -> this.engine.find(definition, known) instanceof JourneyView.AtStep)
			.orElseGet(() -> start(definition, account, existing, language, sourceAddress));
		request.changeSessionId();
		HttpSession session = request.getSession();
		session.setAttribute(SESSION_JOURNEY, id.toString());
		session.setAttribute(SESSION_TYPE, definition.type());
	}

	private UUID start(JourneyDefinition definition, LegacyAccount account, Optional<Long> existing, String language,
			String sourceAddress) {
		JourneyData data = JourneyData.with(LegacyStates.LEGACY_ID, account.id())
			.and(LegacyStates.LANGUAGE, (language != null) ? language : "en")
			.and(LegacyStates.ADDRESS, (sourceAddress != null) ? sourceAddress : "");
		existing.ifPresent((accountId) -> data.and(LegacyStates.ACCOUNT_ID, accountId));
		Journey started = this.engine.start(definition, data.map());
		this.legacy.rememberMigrationJourney(account.id(), started.id());
		String subject = "legacy-account:" + account.id();
		this.audit
			.record(AuditEvent.of(subject, existing.isPresent() ? "legacy.merge.started" : "legacy.migration.started",
					"journey:" + started.id(), sourceAddress));
		return started.id();
	}

	/** The move kept in this session, if any. */
	Optional<Current> current(HttpSession session) {
		if (session == null || !(session.getAttribute(SESSION_JOURNEY) instanceof String text)
				|| !(session.getAttribute(SESSION_TYPE) instanceof String type)) {
			return Optional.empty();
		}
		JourneyDefinition definition = type.equals(LegacyMergeJourney.TYPE) ? this.merge.definition()
				: this.migration.definition();
		try {
			return Optional.of(new Current(definition, this.engine.find(definition, UUID.fromString(text))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	Submission submit(Current current, Map<String, String> fields) {
		if (!(current.view() instanceof JourneyView.AtStep at)) {
			return new Submission.Closed(current.view());
		}
		return this.engine.submit(current.definition(), at.journey().id(), StepInput.of(fields));
	}

	boolean isFinal(Current current, String state) {
		return current.definition().isFinal(state);
	}

	/**
	 * "Receive an activation code by postal mail" (REG-6), from the phone steps of a
	 * migration.
	 */
	@Transactional
	Submission chooseMail(Current current) {
		return divert(current, LegacyStates.PASSWORD, Map.of(LegacyStates.PATH, LegacyStates.PATH_MAIL));
	}

	/** Back from the texted code to give another number. */
	@Transactional
	Submission anotherNumber(Current current) {
		if (current.view() instanceof JourneyView.AtStep at && at.step().name().equals(LegacyStates.CONFIRM_PHONE)) {
			return divert(current, LegacyStates.PHONE, Map.of());
		}
		return new Submission.Conflict();
	}

	private Submission divert(Current current, String to, Map<String, String> data) {
		if (!(current.view() instanceof JourneyView.AtStep at)
				|| !current.definition().type().equals(LegacyMigrationJourney.TYPE)) {
			return new Submission.Conflict();
		}
		String from = at.step().name();
		if (!from.equals(LegacyStates.PHONE) && !from.equals(LegacyStates.CONFIRM_PHONE)) {
			return new Submission.Conflict();
		}
		this.codes.voidLive(CodePurpose.SMS_ACTIVATION, LegacyStates.codeSubject(at.journey()));
		return this.engine.divert(current.definition(), at.journey().id(), from, to, data);
	}

	/**
	 * A new texted code for the step the person is on (the old one stops working), a few
	 * times per 15 minutes.
	 */
	@Transactional
	RateLimitDecision resend(Current current) {
		if (!(current.view() instanceof JourneyView.AtStep at)) {
			return new RateLimitDecision(false, 0, Duration.ZERO);
		}
		Journey journey = at.journey();
		boolean phoneCode = at.step().name().equals(LegacyStates.CONFIRM_PHONE);
		boolean mergeCode = at.step().name().equals(LegacyStates.MERGE_CODE)
				&& LegacyStates.FACTOR_SMS.equals(journey.get(LegacyStates.FACTOR));
		if (!phoneCode && !mergeCode) {
			return new RateLimitDecision(false, 0, Duration.ZERO);
		}
		RateLimitDecision decision = this.limiter.hit(RESENDS, "journey:" + journey.id());
		if (!decision.allowed()) {
			return decision;
		}
		CodePurpose purpose = phoneCode ? CodePurpose.SMS_ACTIVATION : CodePurpose.SIGNIN_SMS;
		String phone = phoneCode ? journey.get(LegacyStates.PHONE_E164)
				: this.accounts.findLogin(journey.require(LegacyStates.ACCOUNT_ID)).orElseThrow().phoneE164();
		IssuedCode code = this.codes.issue(purpose, LegacyStates.codeSubject(journey));
		this.messages.smsCode(phone, code.code(), this.lifetimes.of(purpose), LegacyStates.locale(journey));
		return decision;
	}

	/** What the legacy account's username is, for the pages ("your username stays"). */
	Optional<String> legacyUsername(Journey journey) {
		return this.legacy.findById(LegacyStates.legacyId(journey)).map(LegacyAccount::username);
	}

	void forget(HttpSession session) {
		session.removeAttribute(SESSION_JOURNEY);
		session.removeAttribute(SESSION_TYPE);
	}

	Locale locale(Journey journey) {
		return LegacyStates.locale(journey);
	}

	/** The move of this session: its definition and where it stands. */
	record Current(JourneyDefinition definition, JourneyView view) {
	}

}
