package gov.irs.secureaccess.signin.legacy;

import java.time.Duration;

import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;

import org.springframework.stereotype.Component;

/**
 * REG-11, the declared steps of merging a legacy e-Services account into its owner's
 * Secure Access account: after the legacy password, that account's own password and its
 * second factor, so the merge never rests on the legacy password alone. 15 minutes, like
 * a sign-in.
 */
@Component
class LegacyMergeJourney {

	static final String TYPE = "legacy-merge";

	private final JourneyDefinition definition;

	LegacyMergeJourney(MergePasswordStep password, MergeCodeStep code, JourneyEngine engine) {
		this.definition = JourneyDefinition.builder(TYPE, Duration.ofMinutes(15))
			.step(password)
			.then(LegacyStates.MERGE_CODE)
			.step(code)
			.then(LegacyStates.MERGED)
			.end(LegacyStates.MERGED)
			.build();
		engine.register(this.definition);
	}

	JourneyDefinition definition() {
		return this.definition;
	}

}
