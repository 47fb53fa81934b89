package gov.irs.secureaccess.sources.creditbureau;

/**
 * Kinds of account a credit file lists. Cards are the first three; the rest are loans
 * (student loans: REG-4).
 */
public enum AccountType {

	CREDIT_CARD, DEBIT_CARD, CORPORATE_CARD, MORTGAGE, HOME_EQUITY_LOAN, HELOC, CAR_LOAN, STUDENT_LOAN;

	public boolean isCard() {
		return this == CREDIT_CARD || this == DEBIT_CARD || this == CORPORATE_CARD;
	}

}
