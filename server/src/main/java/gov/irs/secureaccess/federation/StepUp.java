package gov.irs.secureaccess.federation;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.limits.RateLimit;
import gov.irs.secureaccess.platform.limits.RateLimitDecision;
import gov.irs.secureaccess.platform.limits.RateLimiter;
import gov.irs.secureaccess.proofing.FinancialCheck;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step-up (FED-4): a person whose account is below the level an application needs proves
 * the missing part, instead of meeting a dead end. RULES.md: LOA-3 is identity +
 * financial + phone (or mail code). An account with the phone verified but no financial
 * account (LOA-2, evidence {@code tax-record,sms}) does the financial step of
 * registration (REG-4: same check, limits and messages, the credit bureau's soft inquiry)
 * and becomes LOA-3. An account that lacks the phone instead is told how to get help.
 * Failed checks are limited per account; each step-up and each failure is audited.
 */
@Service
public class StepUp {

	/** What is missing for LOA-3. */
	public enum Missing {

		NONE, FINANCIAL, PHONE

	}

	/** What a financial check came to. */
	public record Result(boolean raised, int loa, String messageKey, boolean exhausted) {
	}

	static final RateLimit ATTEMPTS = new RateLimit("federation-step-up-per-account", 5, Duration.ofDays(1));

	private static final Set<String> SECOND_PROOF = Set.of("sms", "mail", "app");

	private final Accounts accounts;

	private final FinancialCheck financial;

	private final RateLimiter limiter;

	private final AuditLog audit;

	StepUp(Accounts accounts, FinancialCheck financial, RateLimiter limiter, AuditLog audit) {
		this.accounts = accounts;
		this.financial = financial;
		this.limiter = limiter;
		this.audit = audit;
	}

	public Missing missing(long accountId) {
		int loa = this.accounts.findLogin(accountId).map(AccountLogin::loa).orElse(0);
		if (loa >= 3) {
			return Missing.NONE;
		}
		return evidence(accountId).contains("financial") ? Missing.PHONE : Missing.FINANCIAL;
	}

	public boolean exhausted(long accountId) {
		return !this.limiter.peek(ATTEMPTS, key(accountId)).allowed();
	}

	/**
	 * The financial step (REG-4) for the account; on a match the account's level is
	 * raised.
	 */
	@Transactional
	public Result financial(long accountId, StepInput input, String sourceAddress) {
		String actor = "account:" + accountId;
		if (exhausted(accountId)) {
			return new Result(false, 0, "federation.stepUp.exhausted", true);
		}
		String ssn = this.accounts.profile(accountId).ssn();
		StepOutcome outcome = this.financial.check(ssn, input);
		if (outcome instanceof StepOutcome.Rejected rejected) {
			if (rejected.countsAsAttempt()) {
				RateLimitDecision decision = this.limiter.hit(ATTEMPTS, key(accountId));
				this.audit.record(AuditEvent.of(actor, "federation.step-up.failed", actor, sourceAddress)
					.with("reason", rejected.reasonCode()));
				if (!decision.allowed() || decision.remaining() == 0) {
					return new Result(false, 0, "federation.stepUp.exhausted", true);
				}
			}
			return new Result(false, 0, rejected.messageKey(), false);
		}
		Set<String> evidence = evidence(accountId);
		int before = this.accounts.findLogin(accountId).map(AccountLogin::loa).orElse(0);
		evidence.add("financial");
		int loa = evidence.stream().anyMatch(SECOND_PROOF::contains) ? 3 : 2;
		loa = Math.max(loa, before);
		this.accounts.raiseLevel(accountId, loa, String.join(",", evidence));
		this.audit.record(AuditEvent.of(actor, "federation.step-up", actor, sourceAddress)
			.with("from", Integer.toString(before))
			.with("to", Integer.toString(loa))
			.with("step", "financial"));
		return new Result(true, loa, null, false);
	}

	private Set<String> evidence(long accountId) {
		String text = this.accounts.loaEvidence(accountId);
		Set<String> evidence = new LinkedHashSet<>();
		if (text != null) {
			Arrays.stream(text.split(",")).map(String::trim).filter((part) -> !part.isEmpty()).forEach(evidence::add);
		}
		return evidence;
	}

	private static String key(long accountId) {
		return Long.toString(accountId);
	}

}
