package gov.irs.secureaccess.registration.activation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;

import org.springframework.stereotype.Component;

/** The declared steps of finishing the mail path (REG-6): sign in, mailed code, then a phone and its texted
 * code or an authenticator app and its first code (APP-2). One hour. */
@Component
class ActivationJourney {

	static final String TYPE = "activation";

	private final JourneyDefinition definition;

	ActivationJourney(ActivationSignInStep signIn, ActivationCodeStep code, ActivationPhoneStep phone, ActivationConfirmPhoneStep confirmPhone,
			ActivationAppStep app, JourneyEngine engine) {
		// APP-2: from the phone page the person may choose an authenticator app instead, and go back to a phone.
		this.definition = new JourneyDefinition(TYPE, Duration.ofHours(1), List.of(signIn, code, phone, confirmPhone, app),
				Set.of(ActivationStates.DONE),
				Map.of(ActivationStates.PHONE, Set.of(ActivationStates.APP), ActivationStates.APP, Set.of(ActivationStates.PHONE)));
		engine.register(this.definition);
	}

	JourneyDefinition definition() {
		return this.definition;
	}

}
