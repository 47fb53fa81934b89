package gov.irs.secureaccess.signin;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;

import org.springframework.stereotype.Component;

/**
 * The declared steps of a sign-in (SIGN-1): username, password, security code; 15 minutes to finish. A legacy
 * e-Services password ends it in {@link SigninStates#LEGACY}, where the move to Secure Access begins (REG-10).
 */
@Component
class SigninJourney {

	static final String TYPE = "signin";

	private final JourneyDefinition definition;

	SigninJourney(UsernameStep username, PasswordStep password, CodeStep code, JourneyEngine engine) {
		this.definition = new JourneyDefinition(TYPE, Duration.ofMinutes(15), List.of(username, password, code),
				Set.of(SigninStates.DONE, SigninStates.LEGACY));
		engine.register(this.definition);
	}

	JourneyDefinition definition() {
		return this.definition;
	}

}
