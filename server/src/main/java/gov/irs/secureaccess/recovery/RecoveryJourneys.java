package gov.irs.secureaccess.recovery;

import java.util.EnumMap;
import java.util.Map;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.SecurityNotices;
import gov.irs.secureaccess.accounts.password.NewPasswords;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;
import gov.irs.secureaccess.platform.limits.RateLimiter;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.session.SessionTerminator;
import gov.irs.secureaccess.signin.AccountLockout;

import org.springframework.stereotype.Component;

/**
 * The declared steps of both recovery journeys (SIGN-7). <pre>
 * forgot username:  identify (email)          → code ─┬→ done (username shown and emailed)
 *                                                     └ questions (mail path, by the person's choice) → done
 * forgot password:  identify (username, email) → code ─┬→ new-password → done (sign in)
 *                                                      └ questions → new-password
 * </pre>
 */
@Component
class RecoveryJourneys {

	private final Map<RecoveryFlow, JourneyDefinition> definitions = new EnumMap<>(RecoveryFlow.class);

	RecoveryJourneys(JourneyEngine engine, RecoveryProperties properties, Accounts accounts, RateLimiter limiter,
			OneTimeCodes codes, RecoveryMessages messages, DecoyQuestions decoys, SecurityNotices notices,
			NewPasswords newPasswords, AccountLockout lockout, SessionTerminator sessions, AuditLog audit) {
		for (RecoveryFlow flow : RecoveryFlow.values()) {
			IdentityVerified verified = new IdentityVerified(flow, accounts, notices, audit);
			// Forgot password: a verified identity leads to a new password; forgot
			// username: straight to done.
			String verifiedLeadsTo = (flow == RecoveryFlow.PASSWORD) ? RecoveryStates.NEW_PASSWORD
					: RecoveryStates.DONE;
			JourneyDefinition.Builder graph = JourneyDefinition.builder(flow.journeyType(), properties.lifetime())
				.step(new IdentifyStep(flow, accounts, limiter, codes, messages, decoys, audit))
				.then(RecoveryStates.CODE)
				.step(new RecoveryCodeStep(codes, verified, audit, properties.codeAttempts()))
				.then(verifiedLeadsTo)
				.step(new SecretQuestionsStep(accounts, verified, audit, properties.questionAttempts()))
				.then(verifiedLeadsTo)
				.divert(RecoveryStates.CODE, RecoveryStates.QUESTIONS)
				.end(RecoveryStates.DONE);
			if (flow == RecoveryFlow.PASSWORD) {
				graph.step(new NewPasswordStep(accounts, newPasswords, lockout, sessions, notices, audit))
					.then(RecoveryStates.DONE);
			}
			JourneyDefinition definition = graph.build();
			engine.register(definition);
			this.definitions.put(flow, definition);
		}
	}

	JourneyDefinition definition(RecoveryFlow flow) {
		return this.definitions.get(flow);
	}

}
