package gov.irs.secureaccess.messaging.letters;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A batch of letters handed to the print vendor.
 *
 * @param id row id in {@code letter_batch}
 * @param createdAt when it was made
 * @param folder the batch folder ({@code batch-yyyyMMdd-HHmmss}, UTC) holding
 * {@code letters.pdf}, {@code manifest.csv} and {@code manifest.sha256}
 * @param messageIds the outbox messages in it, in page order
 * @param pages pages in {@code letters.pdf}
 * @param pdfSha256 SHA-256 of {@code letters.pdf}, hex
 */
public record LetterBatch(UUID id, Instant createdAt, Path folder, List<UUID> messageIds, int pages, String pdfSha256) {

	public LetterBatch {
		messageIds = List.copyOf(messageIds);
	}

	public int letterCount() {
		return this.messageIds.size();
	}

}
