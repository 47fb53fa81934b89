package gov.irs.secureaccess.taxapps.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A monthly payment plan for a balance: {@code months} payments of {@code monthlyAmount}
 * on {@code dayOfMonth} (the last one smaller: {@code finalAmount}) from
 * {@code firstPaymentOn}. It holds no bank account (DATA-2).
 */
public record PaymentAgreement(long id, int taxYear, BigDecimal balance, BigDecimal monthlyAmount, int dayOfMonth,
		int months, BigDecimal finalAmount, LocalDate firstPaymentOn, String status, Instant createdAt) {
}
