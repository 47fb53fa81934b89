package gov.irs.secureaccess.sources.creditbureau;

import java.util.Objects;

/**
 * An account on a credit file, as loaded. A credit card has a network; debit and
 * corporate cards may have one; loans have none.
 */
public record CreditAccount(AccountType type, CardNetwork network, AccountLast8 last8) {

	public CreditAccount {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(last8, "last8");
		if (type == AccountType.CREDIT_CARD && network == null) {
			throw new IllegalArgumentException("card network is required for a credit card");
		}
		if (!type.isCard() && network != null) {
			throw new IllegalArgumentException("card network is only for card accounts");
		}
	}

}
