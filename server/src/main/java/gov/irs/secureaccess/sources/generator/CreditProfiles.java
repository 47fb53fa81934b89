package gov.irs.secureaccess.sources.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.creditbureau.AccountLast8;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.creditbureau.CreditFile;

/**
 * Credit files: ordinary mixes of cards and loans, and the hard cases of REG-4 in
 * realistic proportions.
 */
final class CreditProfiles {

	enum Kind {

		ORDINARY, ONLY_AMEX, ONLY_DEBIT, ONLY_CORPORATE, FROZEN, NO_FILE

	}

	private static final List<CardNetwork> ACCEPTED_NETWORKS = List.of(CardNetwork.VISA, CardNetwork.VISA,
			CardNetwork.MASTERCARD, CardNetwork.MASTERCARD, CardNetwork.DISCOVER);

	private CreditProfiles() {
	}

	/**
	 * Per 1000: 3% no file, 4% frozen, 3% only American Express, 4% only debit, 0.5% only
	 * a corporate card.
	 */
	static Kind pickKind(Random random) {
		int roll = random.nextInt(1000);
		if (roll < 30) {
			return Kind.NO_FILE;
		}
		if (roll < 70) {
			return Kind.FROZEN;
		}
		if (roll < 100) {
			return Kind.ONLY_AMEX;
		}
		if (roll < 140) {
			return Kind.ONLY_DEBIT;
		}
		if (roll < 145) {
			return Kind.ONLY_CORPORATE;
		}
		return Kind.ORDINARY;
	}

	/**
	 * A credit file of this kind for the person.
	 * @return null for {@link Kind#NO_FILE}
	 */
	static CreditFile of(Kind kind, Random random, Ssn ssn) {
		Set<String> used = new HashSet<>();
		List<CreditAccount> accounts = new ArrayList<>();
		switch (kind) {
			case NO_FILE -> {
				return null;
			}
			case ONLY_AMEX -> {
				accounts.add(card(random, used, AccountType.CREDIT_CARD, CardNetwork.AMERICAN_EXPRESS));
				if (random.nextBoolean()) {
					accounts.add(card(random, used, AccountType.CREDIT_CARD, CardNetwork.AMERICAN_EXPRESS));
				}
			}
			case ONLY_DEBIT -> accounts.add(card(random, used, AccountType.DEBIT_CARD,
					random.nextBoolean() ? CardNetwork.VISA : CardNetwork.MASTERCARD));
			case ONLY_CORPORATE -> accounts.add(card(random, used, AccountType.CORPORATE_CARD,
					random.nextBoolean() ? CardNetwork.AMERICAN_EXPRESS : CardNetwork.VISA));
			case FROZEN, ORDINARY -> ordinary(random, used, accounts);
		}
		return new CreditFile(ssn, kind == Kind.FROZEN, accounts);
	}

	private static void ordinary(Random random, Set<String> used, List<CreditAccount> accounts) {
		int cards = (random.nextInt(100) < 85) ? 1 + random.nextInt(3) : 0;
		for (int i = 0; i < cards; i++) {
			accounts.add(card(random, used, AccountType.CREDIT_CARD, Names.pick(random, ACCEPTED_NETWORKS)));
		}
		if (random.nextInt(100) < 35) {
			accounts.add(loan(random, used, AccountType.MORTGAGE));
		}
		if (random.nextInt(100) < 30) {
			accounts.add(loan(random, used, AccountType.CAR_LOAN));
		}
		if (random.nextInt(100) < 5) {
			accounts.add(loan(random, used, AccountType.HOME_EQUITY_LOAN));
		}
		if (random.nextInt(100) < 7) {
			accounts.add(loan(random, used, AccountType.HELOC));
		}
		if (random.nextInt(100) < 20) {
			accounts.add(card(random, used, AccountType.CREDIT_CARD, CardNetwork.AMERICAN_EXPRESS));
		}
		if (random.nextInt(100) < 30) {
			accounts.add(card(random, used, AccountType.DEBIT_CARD, CardNetwork.VISA));
		}
		if (accounts.stream().noneMatch(CreditProfiles::passesReg4)) {
			accounts.add(card(random, used, AccountType.CREDIT_CARD, Names.pick(random, ACCEPTED_NETWORKS)));
		}
	}

	/** An account REG-4 accepts: a non-Amex credit card, or a loan. */
	static boolean passesReg4(CreditAccount account) {
		return (account.type() == AccountType.CREDIT_CARD && account.network() != CardNetwork.AMERICAN_EXPRESS)
				|| !account.type().isCard();
	}

	private static CreditAccount card(Random random, Set<String> used, AccountType type, CardNetwork network) {
		return new CreditAccount(type, network, last8(random, used));
	}

	private static CreditAccount loan(Random random, Set<String> used, AccountType type) {
		return new CreditAccount(type, null, last8(random, used));
	}

	private static AccountLast8 last8(Random random, Set<String> used) {
		String digits;
		do {
			digits = String.format("%08d", random.nextInt(100_000_000));
		}
		while (!used.add(digits));
		return AccountLast8.of(digits);
	}

}
