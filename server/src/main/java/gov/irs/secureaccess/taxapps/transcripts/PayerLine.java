package gov.irs.secureaccess.taxapps.transcripts;

import java.math.BigDecimal;

/**
 * An information document on a transcript: its form, the payer masked to four letters,
 * and the amount.
 */
public record PayerLine(String form, String payer, BigDecimal amount) {
}
