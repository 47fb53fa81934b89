package gov.irs.secureaccess.signin;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;
import gov.irs.secureaccess.platform.limits.RateLimit;
import gov.irs.secureaccess.platform.limits.RateLimitDecision;
import gov.irs.secureaccess.platform.limits.RateLimiter;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.RegistrationMessages;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SIGN-2: texting the sign-in security code, the first time and on request, with a limit
 * on new codes; REG-13: with an email when the number's SIM was changed lately.
 */
@Component
class SecurityCodes {

	/**
	 * New codes a person may ask for during one sign-in (and per account across sign-ins)
	 * in 15 minutes.
	 */
	static final RateLimit RESENDS = new RateLimit("signin-code-resend", 3, Duration.ofMinutes(15));

	private final OneTimeCodes codes;

	private final CodeLifetimes lifetimes;

	private final RegistrationMessages messages;

	private final RateLimiter limiter;

	private final SimChangeNotices simChanges;

	SecurityCodes(OneTimeCodes codes, CodeLifetimes lifetimes, RegistrationMessages messages, RateLimiter limiter,
			SimChangeNotices simChanges) {
		this.codes = codes;
		this.lifetimes = lifetimes;
		this.messages = messages;
		this.limiter = limiter;
		this.simChanges = simChanges;
	}

	@Transactional
	void text(Journey journey, AccountLogin login) {
		IssuedCode code = this.codes.issue(CodePurpose.SIGNIN_SMS, SigninStates.codeSubject(journey));
		Locale locale = Locale.forLanguageTag(journey.get(SigninStates.KEY_LANGUAGE));
		this.messages.smsCode(login.phoneE164(), code.code(), this.lifetimes.of(CodePurpose.SIGNIN_SMS), locale);
		// REG-13: the code still goes out; a recent SIM change of the number is told by
		// email, once.
		this.simChanges.afterCodeTexted(login, locale);
	}

	/** A new code, unless the limit is reached; the old code stops working. */
	@Transactional
	RateLimitDecision textAgain(Journey journey, AccountLogin login) {
		RateLimitDecision decision = this.limiter.hit(RESENDS, "account:" + login.id());
		if (decision.allowed()) {
			text(journey, login);
		}
		return decision;
	}

	/**
	 * Switches a sign-in from the app to a text, and texts the code, in one transaction.
	 */
	@Transactional
	void switchToText(JourneyEngine engine, JourneyDefinition definition, Journey journey, AccountLogin login) {
		engine.remember(definition, journey.id(), SigninStates.CODE,
				Map.of(SigninStates.KEY_FACTOR, SigninStates.FACTOR_SMS));
		text(journey, login);
	}

	long codeMinutes() {
		return this.lifetimes.of(CodePurpose.SIGNIN_SMS).toMinutes();
	}

}
