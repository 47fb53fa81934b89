package gov.irs.secureaccess.taxapps.balance;

import java.math.BigDecimal;
import java.time.LocalDate;

import gov.irs.secureaccess.taxapps.payments.PaymentAgreement;

/**
 * What a person owes (View Balance): the balance of the last filed return's year, as of
 * today, and the active payment agreement for it, if any (null otherwise).
 */
public record Balance(int taxYear, BigDecimal amountDue, LocalDate asOf, PaymentAgreement agreement) {
}
