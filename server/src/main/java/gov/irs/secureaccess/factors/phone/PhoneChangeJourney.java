package gov.irs.secureaccess.factors.phone;

import java.time.Duration;

import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;

import org.springframework.stereotype.Component;

/**
 * The declared steps of a phone change (REG-12): financial verification, the new number,
 * the code texted to it. One hour. From the code page the person may go back to give
 * another number.
 */
@Component
class PhoneChangeJourney {

	static final String TYPE = "phone-change";

	private final JourneyDefinition definition;

	PhoneChangeJourney(PhoneChangeFinancialStep financial, PhoneChangeNumberStep phone, PhoneChangeConfirmStep confirm,
			JourneyEngine engine) {
		this.definition = JourneyDefinition.builder(TYPE, Duration.ofHours(1))
			.step(financial)
			.then(PhoneChangeStates.PHONE)
			.step(phone)
			.then(PhoneChangeStates.CONFIRM_PHONE)
			.step(confirm)
			.then(PhoneChangeStates.DONE)
			.divert(PhoneChangeStates.CONFIRM_PHONE, PhoneChangeStates.PHONE)
			.end(PhoneChangeStates.DONE)
			.build();
		engine.register(this.definition);
	}

	JourneyDefinition definition() {
		return this.definition;
	}

}
