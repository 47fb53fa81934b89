package gov.irs.secureaccess.registration.activation;

import java.time.Duration;

import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;

import org.springframework.stereotype.Component;

/**
 * The declared steps of finishing the mail path (REG-6): sign in, mailed code, then a
 * phone and its texted code or an authenticator app and its first code (APP-2). One hour.
 */
@Component
class ActivationJourney {

	static final String TYPE = "activation";

	private final JourneyDefinition definition;

	ActivationJourney(ActivationSignInStep signIn, ActivationCodeStep code, ActivationPhoneStep phone,
			ActivationConfirmPhoneStep confirmPhone, ActivationAppStep app, JourneyEngine engine) {
		// APP-2: from the phone page the person may choose an authenticator app instead,
		// and go back to a phone.
		this.definition = JourneyDefinition.builder(TYPE, Duration.ofHours(1))
			.step(signIn)
			.then(ActivationStates.CODE)
			.step(code)
			.then(ActivationStates.PHONE)
			.step(phone)
			.then(ActivationStates.CONFIRM_PHONE)
			.step(confirmPhone)
			.then(ActivationStates.DONE)
			.step(app)
			.then(ActivationStates.DONE)
			.divert(ActivationStates.PHONE, ActivationStates.APP)
			.divert(ActivationStates.APP, ActivationStates.PHONE)
			.end(ActivationStates.DONE)
			.build();
		engine.register(this.definition);
	}

	JourneyDefinition definition() {
		return this.definition;
	}

}
