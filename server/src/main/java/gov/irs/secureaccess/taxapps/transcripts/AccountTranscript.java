package gov.irs.secureaccess.taxapps.transcripts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An account transcript of one tax year: the return's key figures, the transactions
 * posted to the year's account and the balance, personal data masked.
 */
public record AccountTranscript(int taxYear, String ssn, String name, String filingStatus,
		BigDecimal adjustedGrossIncome, List<Transaction> transactions, BigDecimal accountBalance, LocalDate asOf) {

	public AccountTranscript {
		transactions = List.copyOf(transactions);
	}

	/**
	 * A transaction code as the IRS writes it (150 return filed, 806 withholding...), its
	 * date and amount.
	 */
	public record Transaction(String code, String explanation, LocalDate date, BigDecimal amount) {
	}

}
