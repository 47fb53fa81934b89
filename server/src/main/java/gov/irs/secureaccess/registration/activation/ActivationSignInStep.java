package gov.irs.secureaccess.registration.activation;

import java.time.Duration;
import java.util.Optional;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyData;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.limits.RateLimit;
import gov.irs.secureaccess.platform.limits.RateLimiter;

import org.springframework.stereotype.Component;

/**
 * REG-6 on return: username and password of an account awaiting its mailed code. Wrong
 * names and wrong passwords get the same answer and take the same time; tries are limited
 * per username across journeys.
 */
@Component
class ActivationSignInStep implements Step {

	static final RateLimit PER_USERNAME = new RateLimit("activation-sign-in", 5, Duration.ofMinutes(15));

	private final Accounts accounts;

	private final PasswordHasher hasher;

	private final RateLimiter limiter;

	ActivationSignInStep(Accounts accounts, PasswordHasher hasher, RateLimiter limiter) {
		this.accounts = accounts;
		this.hasher = hasher;
		this.limiter = limiter;
	}

	@Override
	public String name() {
		return ActivationStates.SIGN_IN;
	}

	@Override
	public String view() {
		return "activate/sign-in";
	}

	@Override
	public int maxAttempts() {
		return 5;
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		String username = input.get("username");
		String password = input.fields().getOrDefault("password", "");
		if (username.isEmpty() || password.isEmpty() || username.length() > 200 || password.length() > 1024) {
			return StepOutcome.invalid("activate.error.required");
		}
		if (!this.limiter.hit(PER_USERNAME, Accounts.canonicalUsername(username)).allowed()) {
			return StepOutcome.failed("activate.error.tooMany", "activation.rate-limited");
		}
		Optional<AccountLogin> login = this.accounts.findLogin(username);
		if (login.isEmpty()) {
			this.hasher.verifyUnknownAccount(password);
			return StepOutcome.failed("activate.error.credentials", "activation.unknown-username");
		}
		if (!this.hasher.verify(password, login.get().passwordHash())) {
			return StepOutcome.failed("activate.error.credentials", "activation.wrong-password");
		}
		if (login.get().status() != AccountStatus.AWAITING_ACTIVATION) {
			return StepOutcome.invalid("activate.error.notAwaiting");
		}
		return StepOutcome.passed(JourneyData.with(ActivationStates.ACCOUNT_ID, login.get().id()));
	}

}
