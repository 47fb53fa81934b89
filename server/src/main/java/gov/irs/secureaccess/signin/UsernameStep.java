package gov.irs.secureaccess.signin;

import java.util.Map;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;

import org.springframework.stereotype.Component;

/**
 * SIGN-1, first: the username. Any well-formed name moves on; whether it exists is never
 * said (SIGN-4).
 */
@Component
class UsernameStep implements Step {

	@Override
	public String name() {
		return SigninStates.USERNAME;
	}

	@Override
	public String view() {
		return "signin/username";
	}

	@Override
	public int maxAttempts() {
		return 1;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String username = input.get("username");
		if (username.isEmpty()) {
			return StepOutcome.invalid("signin.error.usernameRequired");
		}
		if (username.length() > 200) {
			return StepOutcome.invalid("signin.error.usernameRequired");
		}
		return StepOutcome.passed(Map.of(SigninStates.KEY_USERNAME, username));
	}

}
