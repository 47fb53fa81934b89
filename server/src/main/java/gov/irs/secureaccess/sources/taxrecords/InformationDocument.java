package gov.irs.secureaccess.sources.taxrecords;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One information document (W-2, 1099...) for a tax year: who paid and how much (dollars
 * and cents).
 */
public record InformationDocument(int taxYear, FormType formType, String payerName, BigDecimal amount) {

	public InformationDocument {
		Objects.requireNonNull(formType, "formType");
		Objects.requireNonNull(payerName, "payerName");
		Objects.requireNonNull(amount, "amount");
		if (taxYear < 1900 || taxYear > 2999) {
			throw new IllegalArgumentException("tax year must be a four-digit year");
		}
		if (payerName.isBlank()) {
			throw new IllegalArgumentException("payer name must not be blank");
		}
		payerName = payerName.strip();
		amount = Money.cents(amount, "amount");
	}

}
