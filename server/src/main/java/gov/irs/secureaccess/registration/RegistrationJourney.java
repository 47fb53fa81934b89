package gov.irs.secureaccess.registration;

import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;
import gov.irs.secureaccess.proofing.RegistrationProperties;
import gov.irs.secureaccess.registration.steps.ConfirmEmailStep;
import gov.irs.secureaccess.registration.steps.ConfirmPhoneStep;
import gov.irs.secureaccess.registration.steps.ContactStep;
import gov.irs.secureaccess.registration.steps.CredentialsStep;
import gov.irs.secureaccess.registration.steps.IdentityStep;
import gov.irs.secureaccess.registration.steps.PhoneStep;
import gov.irs.secureaccess.registration.steps.RegistrationFinancialStep;

import org.springframework.stereotype.Component;

import static gov.irs.secureaccess.registration.RegistrationStates.CONFIRM_EMAIL;
import static gov.irs.secureaccess.registration.RegistrationStates.CONFIRM_PHONE;
import static gov.irs.secureaccess.registration.RegistrationStates.CREDENTIALS;
import static gov.irs.secureaccess.registration.RegistrationStates.DONE;
import static gov.irs.secureaccess.registration.RegistrationStates.FINANCIAL;
import static gov.irs.secureaccess.registration.RegistrationStates.IDENTITY;
import static gov.irs.secureaccess.registration.RegistrationStates.PHONE;

/**
 * The declared step graph of registration (REG-1 to REG-7): contact, confirm email,
 * identity, financial, phone, confirm phone, credentials, done. From the phone steps a
 * person may switch to the activation code by mail (REG-6) or, once a code was texted, go
 * back to give another number.
 */
@Component
public class RegistrationJourney {

	public static final String TYPE = "registration";

	private final JourneyDefinition definition;

	RegistrationJourney(ContactStep contact, ConfirmEmailStep confirmEmail, IdentityStep identity,
			RegistrationFinancialStep financial, PhoneStep phone, ConfirmPhoneStep confirmPhone,
			CredentialsStep credentials, RegistrationProperties properties, JourneyEngine engine) {
		this.definition = JourneyDefinition.builder(TYPE, properties.lifetime())
			.step(contact)
			.then(CONFIRM_EMAIL)
			.step(confirmEmail)
			.then(IDENTITY)
			.step(identity)
			.then(FINANCIAL)
			.step(financial)
			.then(PHONE)
			.step(phone)
			.then(CONFIRM_PHONE)
			.step(confirmPhone)
			.then(CREDENTIALS)
			.step(credentials)
			.then(DONE)
			// REG-6: the activation code by mail instead of a text; once a code was
			// texted, another number.
			.divert(PHONE, CREDENTIALS)
			.divert(CONFIRM_PHONE, CREDENTIALS)
			.divert(CONFIRM_PHONE, PHONE)
			.end(DONE)
			.build();
		engine.register(this.definition);
	}

	public JourneyDefinition definition() {
		return this.definition;
	}

}
