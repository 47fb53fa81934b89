package gov.irs.secureaccess.portal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The server's tax applications API (docs/tax-applications.md), as the portal's pages use
 * it. Every call is made for the signed-in user; errors come as {@link TaxApiException}
 * with the server's OAuth-style error code.
 */
public interface TaxApi {

	List<Integer> transcriptYears();

	ReturnTranscript returnTranscript(int year);

	AccountTranscript accountTranscript(int year);

	IpPin ipPin();

	Balance balance();

	PaymentOverview paymentAgreement();

	PaymentAgreement createPaymentAgreement(BigDecimal monthlyAmount, int dayOfMonth);

	void cancelPaymentAgreement();

	List<TinResult> matchTins(List<TinPair> pairs);

	BulkJob submitBulk(byte[] file);

	List<BulkJob> bulkJobs();

	BulkJob bulkJob(UUID id);

	byte[] bulkResults(UUID id);

	Receipt sendDocuments(String kind, String number, List<NamedFile> files);

	record IncomeLine(String line, BigDecimal amount) {
	}

	record PayerLine(String form, String payer, BigDecimal amount) {
	}

	record ReturnTranscript(int taxYear, String form, String ssn, String name, String street, String place,
			String filingStatus, List<IncomeLine> income, BigDecimal adjustedGrossIncome, List<PayerLine> documents) {
	}

	record Transaction(String code, String explanation, LocalDate date, BigDecimal amount) {
	}

	record AccountTranscript(int taxYear, String ssn, String name, String filingStatus, BigDecimal adjustedGrossIncome,
			List<Transaction> transactions, BigDecimal accountBalance, LocalDate asOf) {
	}

	record IpPin(int year, String pin) {

		@Override
		public String toString() {
			return "IpPin[year=" + this.year + ", pin=******]";
		}

	}

	record PaymentAgreement(long id, int taxYear, BigDecimal balance, BigDecimal monthlyAmount, int dayOfMonth,
			int months, BigDecimal finalAmount, LocalDate firstPaymentOn, String status, Instant createdAt) {
	}

	record Balance(int taxYear, BigDecimal amountDue, LocalDate asOf, PaymentAgreement agreement) {
	}

	record PaymentOverview(int taxYear, BigDecimal balance, BigDecimal minimumMonthly, int minMonths, int maxMonths,
			int maxDayOfMonth, PaymentAgreement agreement) {
	}

	/** A pair to match; {@link #toString()} hides the TIN and the name. */
	record TinPair(Integer tinType, String tin, String name, String accountNumber) {

		@Override
		public String toString() {
			return "TinPair[redacted]";
		}

	}

	record TinResult(int index, int indicator, String meaning) {
	}

	record BadLine(int line, String problem) {
	}

	record BulkSummary(Map<Integer, Integer> counts, int badLineCount, List<BadLine> badLines) {
	}

	record BulkJob(UUID id, String status, int lineCount, Instant submittedAt, Instant finishedAt,
			BulkSummary summary) {
	}

	record Receipt(String number, int fileCount, Instant receivedAt) {
	}

	/**
	 * A file to send: the name is only for the multipart part; the server keeps neither
	 * name nor type.
	 */
	record NamedFile(String filename, byte[] content) {
	}

}
