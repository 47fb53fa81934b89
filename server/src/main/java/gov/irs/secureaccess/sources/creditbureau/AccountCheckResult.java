package gov.irs.secureaccess.sources.creditbureau;

import java.util.Objects;
import java.util.Optional;

/**
 * The bureau's answer. On {@link Outcome#MATCH}, the type and network of the account
 * found, so the caller can refuse American Express, debit and corporate cards with their
 * own messages (REG-4); otherwise both are empty.
 */
public record AccountCheckResult(Outcome outcome, Optional<AccountType> matchedType,
		Optional<CardNetwork> matchedNetwork) {

	public enum Outcome {

		/** An account of the picked kind ends in these digits. */
		MATCH,
		/** The file exists, is not frozen, and has no such account. */
		NO_MATCH,
		/** The file is frozen: nothing is checked until the person lifts the freeze. */
		FROZEN,
		/** The bureau has no file for this SSN. */
		NO_FILE

	}

	public AccountCheckResult {
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(matchedType, "matchedType");
		Objects.requireNonNull(matchedNetwork, "matchedNetwork");
		if (matchedType.isPresent() != (outcome == Outcome.MATCH)) {
			throw new IllegalArgumentException("a matched type goes with MATCH only");
		}
	}

	public static AccountCheckResult match(AccountType type, CardNetwork network) {
		return new AccountCheckResult(Outcome.MATCH, Optional.of(type), Optional.ofNullable(network));
	}

	public static AccountCheckResult of(Outcome outcome) {
		return new AccountCheckResult(outcome, Optional.empty(), Optional.empty());
	}

}
