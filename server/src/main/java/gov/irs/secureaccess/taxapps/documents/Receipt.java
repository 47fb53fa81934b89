package gov.irs.secureaccess.taxapps.documents;

import java.time.Instant;

/**
 * All the document drop ever answers (FED-5): the receipt number, how many files, and
 * when.
 */
public record Receipt(String number, int fileCount, Instant receivedAt) {
}
