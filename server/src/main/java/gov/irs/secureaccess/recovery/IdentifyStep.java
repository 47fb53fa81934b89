package gov.irs.secureaccess.recovery;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.limits.RateLimit;
import gov.irs.secureaccess.platform.limits.RateLimitDecision;
import gov.irs.secureaccess.platform.limits.RateLimiter;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.registration.FormLimits;

/**
 * SIGN-7, first step: the email (and, for a new password, the username). Whatever was
 * typed, the journey moves on to the same code page: a code is drawn and stored for the
 * journey every time, and texted only when an active account with a phone matches; a
 * mail-path account without a phone gets its own secret questions, anything else decoys.
 * Requests are limited per source address, and per email from that address, the same for
 * every email: a stranger's requests use up the stranger's allowance, never the owner's.
 */
final class IdentifyStep implements Step {

	/**
	 * Requests for one email from one source address: a person retrying. Never per email
	 * alone, which anyone could use up to block the owner's recovery from wherever they
	 * are.
	 */
	static final RateLimit PER_EMAIL_AND_ADDRESS = new RateLimit("recovery-per-email-and-address", 5,
			Duration.ofHours(1));

	/** Requests from one source address, whatever the email. */
	static final RateLimit PER_ADDRESS = new RateLimit("recovery-per-address", 20, Duration.ofHours(1));

	private final RecoveryFlow flow;

	private final Accounts accounts;

	private final RateLimiter limiter;

	private final OneTimeCodes codes;

	private final RecoveryMessages messages;

	private final DecoyQuestions decoys;

	private final AuditLog audit;

	IdentifyStep(RecoveryFlow flow, Accounts accounts, RateLimiter limiter, OneTimeCodes codes,
			RecoveryMessages messages, DecoyQuestions decoys, AuditLog audit) {
		this.flow = flow;
		this.accounts = accounts;
		this.limiter = limiter;
		this.codes = codes;
		this.messages = messages;
		this.decoys = decoys;
		this.audit = audit;
	}

	@Override
	public String name() {
		return RecoveryStates.IDENTIFY;
	}

	@Override
	public String view() {
		return "recovery/identify";
	}

	@Override
	public int maxAttempts() {
		return 1;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String username = input.get("username");
		String email = input.get("email");
		if (this.flow == RecoveryFlow.PASSWORD) {
			if (username.isEmpty()) {
				return StepOutcome.invalid("recovery.error.usernameRequired");
			}
			if (FormLimits.tooLong(username)) {
				return tooLong();
			}
		}
		if (email.isEmpty()) {
			return StepOutcome.invalid("recovery.error.emailRequired");
		}
		if (FormLimits.tooLong(email)) {
			return tooLong();
		}
		if (!FormLimits.isEmail(email)) {
			return StepOutcome.invalid("recovery.error.emailInvalid");
		}
		String canonicalEmail = email.toLowerCase(Locale.ROOT);
		String address = journey.get(RecoveryStates.KEY_ADDRESS);
		RateLimitDecision fromAddress = this.limiter.hit(PER_ADDRESS, address);
		if (!fromAddress.allowed()) {
			return tooMany(fromAddress);
		}
		RateLimitDecision forEmail = this.limiter.hit(PER_EMAIL_AND_ADDRESS, address + "\n" + canonicalEmail);
		if (!forEmail.allowed()) {
			return tooMany(forEmail);
		}
		Optional<AccountLogin> match = (this.flow == RecoveryFlow.PASSWORD)
				? byUsernameAndEmail(username, canonicalEmail) : byEmail(canonicalEmail);
		return go(journey, match, (this.flow == RecoveryFlow.PASSWORD)
				? Accounts.canonicalUsername(username) + "\n" + canonicalEmail : canonicalEmail);
	}

	private StepOutcome go(Journey journey, Optional<AccountLogin> match, String decoyKey) {
		Map<String, String> data = new HashMap<>();
		// Drawn and stored whether or not anything matched, so both take the same path
		// through the database.
		IssuedCode code = this.codes.issue(CodePurpose.RECOVERY_SMS, RecoveryStates.codeSubject(journey));
		List<String> questions = null;
		if (match.isPresent()) {
			AccountLogin login = match.get();
			data.put(RecoveryStates.KEY_ACCOUNT.name(), Long.toString(login.id()));
			if (login.status() == AccountStatus.ACTIVE && login.phoneE164() != null) {
				this.messages.recoveryCode(login.phoneE164(), code,
						Locale.forLanguageTag(journey.get(RecoveryStates.KEY_LANGUAGE)));
				data.put(RecoveryStates.KEY_TEXTED, "true");
			}
			else if (login.phoneE164() == null) {
				List<String> own = this.accounts.secretQuestions(login.id());
				if (own.size() >= 2) {
					questions = own.subList(0, 2);
					data.put(RecoveryStates.KEY_OWN_QUESTIONS, "true");
				}
			}
		}
		if (questions == null) {
			questions = this.decoys.forKey(decoyKey);
		}
		data.put(RecoveryStates.KEY_QUESTION_1, questions.get(0));
		data.put(RecoveryStates.KEY_QUESTION_2, questions.get(1));
		String subject = (match.isPresent()) ? "account:" + match.get().id() : "journey:" + journey.id();
		this.audit.record(AuditEvent
			.of("anonymous", match.isPresent() ? "recovery.requested" : "recovery.no-match", subject,
					journey.get(RecoveryStates.KEY_ADDRESS))
			.with("flow", this.flow.key())
			.with("journey", journey.id().toString())
			.with("texted", Boolean.toString(data.containsKey(RecoveryStates.KEY_TEXTED))));
		return StepOutcome.passed(data);
	}

	/**
	 * Forgot username: the first account with this email that may use recovery (an email
	 * usually has one).
	 */
	private Optional<AccountLogin> byEmail(String email) {
		for (long id : this.accounts.idsByEmail(email)) {
			Optional<AccountLogin> login = this.accounts.findLogin(id).filter(IdentifyStep::mayRecover);
			if (login.isPresent()) {
				return login;
			}
		}
		return Optional.empty();
	}

	/** Forgot password: the account of this username, when its email is the one typed. */
	private Optional<AccountLogin> byUsernameAndEmail(String username, String email) {
		return this.accounts.findLogin(username)
			.filter((login) -> login.email() != null && login.email().strip().toLowerCase(Locale.ROOT).equals(email))
			.filter(IdentifyStep::mayRecover);
	}

	/**
	 * Locked (by an assistor) or closed accounts are treated like no account: recovery
	 * does not reopen them.
	 */
	private static boolean mayRecover(AccountLogin login) {
		return login.status() == AccountStatus.ACTIVE || login.status() == AccountStatus.AWAITING_ACTIVATION;
	}

	private static StepOutcome tooLong() {
		return new StepOutcome.Rejected("recovery.error.tooLong", false, "recovery.error.tooLong",
				List.of(FormLimits.MAX_FIELD));
	}

	private static StepOutcome tooMany(RateLimitDecision decision) {
		return new StepOutcome.Rejected("recovery.error.tooMany", false, "recovery.rate-limited",
				List.of(decision.retryAfterMinutes()));
	}

}
