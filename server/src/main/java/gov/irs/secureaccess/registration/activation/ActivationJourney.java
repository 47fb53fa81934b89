package gov.irs.secureaccess.registration.activation;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;

import org.springframework.stereotype.Component;

/** The declared steps of finishing the mail path (REG-6): sign in, mailed code, phone, texted code. One hour. */
@Component
class ActivationJourney {

	static final String TYPE = "activation";

	private final JourneyDefinition definition;

	ActivationJourney(ActivationSignInStep signIn, ActivationCodeStep code, ActivationPhoneStep phone, ActivationConfirmPhoneStep confirmPhone,
			JourneyEngine engine) {
		this.definition = new JourneyDefinition(TYPE, Duration.ofHours(1), List.of(signIn, code, phone, confirmPhone),
				Set.of(ActivationStates.DONE));
		engine.register(this.definition);
	}

	JourneyDefinition definition() {
		return this.definition;
	}

}
