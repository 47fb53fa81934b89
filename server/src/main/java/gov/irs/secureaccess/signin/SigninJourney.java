package gov.irs.secureaccess.signin;

import java.time.Duration;

import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;

import org.springframework.stereotype.Component;

/**
 * The declared steps of a sign-in (SIGN-1): username, password, security code; 15 minutes
 * to finish. A legacy e-Services password ends it in {@link SigninStates#LEGACY}, where
 * the move to Secure Access begins (REG-10).
 */
@Component
class SigninJourney {

	static final String TYPE = "signin";

	private final JourneyDefinition definition;

	SigninJourney(UsernameStep username, PasswordStep password, CodeStep code, JourneyEngine engine) {
		this.definition = JourneyDefinition.builder(TYPE, Duration.ofMinutes(15))
			.step(username)
			.then(SigninStates.PASSWORD)
			.step(password)
			.then(SigninStates.CODE)
			.on(SigninStates.OLDER_ACCOUNT, SigninStates.LEGACY)
			.step(code)
			.then(SigninStates.DONE)
			.end(SigninStates.DONE, SigninStates.LEGACY)
			.build();
		engine.register(this.definition);
	}

	JourneyDefinition definition() {
		return this.definition;
	}

}
