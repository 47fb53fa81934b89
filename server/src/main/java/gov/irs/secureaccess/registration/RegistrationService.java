package gov.irs.secureaccess.registration;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.journey.Journey;
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
import gov.irs.secureaccess.proofing.FinancialCheck;
import gov.irs.secureaccess.proofing.RegistrationMessages;
import gov.irs.secureaccess.proofing.RegistrationProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the registration pages ask of registration: start, look, submit a step, ask for a
 * new code, change path.
 */
@Service
public class RegistrationService {

	private final JourneyEngine engine;

	private final RegistrationJourney journey;

	private final OneTimeCodes codes;

	private final CodeLifetimes lifetimes;

	private final RegistrationMessages messages;

	private final RateLimiter limiter;

	private final RateLimit resendLimit;

	private final AuditLog audit;

	private final FinancialCheck financial;

	RegistrationService(JourneyEngine engine, RegistrationJourney journey, OneTimeCodes codes, CodeLifetimes lifetimes,
			RegistrationMessages messages, RateLimiter limiter, RegistrationProperties properties, AuditLog audit,
			FinancialCheck financial) {
		this.engine = engine;
		this.journey = journey;
		this.codes = codes;
		this.lifetimes = lifetimes;
		this.messages = messages;
		this.limiter = limiter;
		this.resendLimit = new RateLimit("registration-code-resend", properties.resendsPerWindow(),
				properties.resendWindow());
		this.audit = audit;
		this.financial = financial;
	}

	/** What a resend request came to. */
	public record Resend(boolean sent, long retryAfterMinutes) {
	}

	@Transactional
	public Journey start(Locale locale, String sourceAddress) {
		Journey started = this.engine.start(this.journey.definition(),
				Map.of(RegistrationStates.LANGUAGE, locale.getLanguage()));
		this.audit.record(AuditEvent.of("anonymous", "registration.started", "journey:" + started.id(), sourceAddress));
		return started;
	}

	public JourneyView find(UUID id) {
		return this.engine.find(this.journey.definition(), id);
	}

	@Transactional
	public Submission submit(UUID id, String expectedState, Map<String, String> fields, String sourceAddress) {
		if (!(find(id) instanceof JourneyView.AtStep at) || !at.step().name().equals(expectedState)) {
			return new Submission.Conflict();
		}
		Submission result = this.engine.submit(this.journey.definition(), id, StepInput.of(fields));
		audit(id, expectedState, result, sourceAddress);
		return result;
	}

	/**
	 * A new code for the step the person is on (email or phone); the old one stops
	 * working (REG-1).
	 */
	@Transactional
	public Resend resendCode(UUID id) {
		if (!(find(id) instanceof JourneyView.AtStep at)) {
			return new Resend(false, 0);
		}
		Journey current = at.journey();
		String step = at.step().name();
		if (!step.equals(RegistrationStates.CONFIRM_EMAIL) && !step.equals(RegistrationStates.CONFIRM_PHONE)) {
			// No code is sent from this step: nothing to resend, and the allowance is not
			// spent.
			return new Resend(false, 0);
		}
		RateLimitDecision decision = this.limiter.hit(this.resendLimit, "journey:" + id);
		if (!decision.allowed()) {
			return new Resend(false, decision.retryAfterMinutes());
		}
		Locale locale = Locale.forLanguageTag(current.get(RegistrationStates.LANGUAGE));
		String subject = RegistrationStates.codeSubject(current);
		switch (at.step().name()) {
			case RegistrationStates.CONFIRM_EMAIL -> {
				IssuedCode code = this.codes.issue(CodePurpose.EMAIL_CONFIRMATION, subject);
				this.messages.emailCode(current.get(RegistrationStates.EMAIL), code.code(),
						this.lifetimes.of(CodePurpose.EMAIL_CONFIRMATION), locale);
			}
			case RegistrationStates.CONFIRM_PHONE -> {
				IssuedCode code = this.codes.issue(CodePurpose.SMS_ACTIVATION, subject);
				this.messages.smsCode(current.get(RegistrationStates.PHONE_E164), code.code(),
						this.lifetimes.of(CodePurpose.SMS_ACTIVATION), locale);
			}
			default -> {
				return new Resend(false, 0);
			}
		}
		return new Resend(true, 0);
	}

	/** "Receive an activation code by postal mail" (REG-6), from the phone steps. */
	@Transactional
	public Submission chooseMail(UUID id) {
		return divert(id, RegistrationStates.CREDENTIALS,
				Map.of(RegistrationStates.PATH, RegistrationStates.PATH_MAIL));
	}

	/**
	 * "I don't have any of these" on the financial step (REG-14): when the bureau cannot
	 * serve the person the journey remembers why, and the page then offers the refund
	 * account and says so. No attempt of the step is spent.
	 */
	@Transactional
	public FinancialCheck.NoneOfThese.Outcome noneOfThese(UUID id, String sourceAddress) {
		if (!(find(id) instanceof JourneyView.AtStep at) || at.exhausted()
				|| !at.step().name().equals(RegistrationStates.FINANCIAL)) {
			return FinancialCheck.NoneOfThese.Outcome.NOT_OFFERED;
		}
		FinancialCheck.NoneOfThese answer = this.financial.noneOfThese(at.journey().get(RegistrationStates.SSN));
		if (answer.outcome() == FinancialCheck.NoneOfThese.Outcome.NOT_OFFERED) {
			return answer.outcome();
		}
		this.audit.record(AuditEvent.of("anonymous",
				"registration.financial.none-of-these."
						+ answer.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'),
				"journey:" + id, sourceAddress));
		if (answer.reason() != null) {
			this.engine.remember(this.journey.definition(), id, RegistrationStates.FINANCIAL,
					Map.of(FinancialCheck.BUREAU_UNUSABLE, answer.reason()));
		}
		return answer.outcome();
	}

	/** Back from the texted code to give another number. */
	@Transactional
	public Submission changePhone(UUID id) {
		return divert(id, RegistrationStates.PHONE, Map.of());
	}

	private Submission divert(UUID id, String to, Map<String, String> data) {
		if (!(find(id) instanceof JourneyView.AtStep at)) {
			return new Submission.Conflict();
		}
		String from = at.step().name();
		if (!from.equals(RegistrationStates.PHONE) && !from.equals(RegistrationStates.CONFIRM_PHONE)) {
			return new Submission.Conflict();
		}
		if (to.equals(RegistrationStates.PHONE) && from.equals(RegistrationStates.PHONE)) {
			return new Submission.Conflict();
		}
		this.codes.voidLive(CodePurpose.SMS_ACTIVATION, RegistrationStates.codeSubject(at.journey()));
		return this.engine.divert(this.journey.definition(), id, from, to, data);
	}

	private void audit(UUID id, String step, Submission result, String sourceAddress) {
		String outcome = null;
		if (result instanceof Submission.Advanced) {
			outcome = "passed";
		}
		else if (result instanceof Submission.Rejected) {
			outcome = "failed";
		}
		else if (result instanceof Submission.Exhausted) {
			outcome = "exhausted";
		}
		if (outcome != null) {
			this.audit.record(
					AuditEvent.of("anonymous", "registration." + step + "." + outcome, "journey:" + id, sourceAddress));
		}
	}

}
