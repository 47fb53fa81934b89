package gov.irs.secureaccess.factors.phone;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;

import org.springframework.stereotype.Component;

/**
 * The declared steps of a phone change (REG-12): financial verification, the new number, the code texted to it.
 * One hour. From the code page the person may go back to give another number.
 */
@Component
class PhoneChangeJourney {

	static final String TYPE = "phone-change";

	private final JourneyDefinition definition;

	PhoneChangeJourney(PhoneChangeFinancialStep financial, PhoneChangeNumberStep phone, PhoneChangeConfirmStep confirm,
			JourneyEngine engine) {
		this.definition = new JourneyDefinition(TYPE, Duration.ofHours(1), List.of(financial, phone, confirm),
				Set.of(PhoneChangeStates.DONE),
				Map.of(PhoneChangeStates.CONFIRM_PHONE, Set.of(PhoneChangeStates.PHONE)));
		engine.register(this.definition);
	}

	JourneyDefinition definition() {
		return this.definition;
	}

}
