package gov.irs.secureaccess.taxapps.tinmatching;

import java.time.Instant;
import java.util.UUID;

/**
 * A Bulk TIN Matching job as its submitter sees it: QUEUED, RUNNING, DONE or FAILED, the
 * number of requests, and once done a summary (counts per indicator, bad lines by
 * number); null until then.
 */
public record BulkJob(UUID id, String status, int lineCount, Instant submittedAt, Instant finishedAt,
		BulkSummary summary) {
}
