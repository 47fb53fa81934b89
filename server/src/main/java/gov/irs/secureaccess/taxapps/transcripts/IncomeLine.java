package gov.irs.secureaccess.taxapps.transcripts;

import java.math.BigDecimal;

/** One line of a transcript's income section, e.g. wages from W-2s, with its amount. */
public record IncomeLine(String line, BigDecimal amount) {
}
