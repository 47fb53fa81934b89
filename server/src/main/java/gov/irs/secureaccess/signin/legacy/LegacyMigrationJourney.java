package gov.irs.secureaccess.signin.legacy;

import gov.irs.secureaccess.accounts.legacy.LegacyProperties;
import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;

import org.springframework.stereotype.Component;

/**
 * REG-10, the declared steps of moving a legacy e-Services account with no Secure Access
 * account: financial verification, a phone in the person's name and the code texted to
 * it, then a new password (PW-*) with the site image and phrase; the username stays. From
 * the phone steps the person may take the activation code by mail (REG-6) instead, or
 * give another number. Lives as long as {@code secure-access.legacy.migration-lifetime}.
 */
@Component
class LegacyMigrationJourney {

	static final String TYPE = "legacy-migration";

	private final JourneyDefinition definition;

	LegacyMigrationJourney(LegacyFinancialStep financial, LegacyPhoneStep phone, LegacyConfirmPhoneStep confirmPhone,
			LegacyPasswordStep password, LegacyProperties properties, JourneyEngine engine) {
		this.definition = JourneyDefinition.builder(TYPE, properties.migrationLifetime())
			.step(financial)
			.then(LegacyStates.PHONE)
			.step(phone)
			.then(LegacyStates.CONFIRM_PHONE)
			.step(confirmPhone)
			.then(LegacyStates.PASSWORD)
			.step(password)
			.then(LegacyStates.DONE)
			.divert(LegacyStates.PHONE, LegacyStates.PASSWORD)
			.divert(LegacyStates.CONFIRM_PHONE, LegacyStates.PASSWORD)
			.divert(LegacyStates.CONFIRM_PHONE, LegacyStates.PHONE)
			.end(LegacyStates.DONE)
			.build();
		engine.register(this.definition);
	}

	JourneyDefinition definition() {
		return this.definition;
	}

}
