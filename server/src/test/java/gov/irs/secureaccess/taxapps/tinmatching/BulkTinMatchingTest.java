package gov.irs.secureaccess.taxapps.tinmatching;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FED-1 Bulk TIN Matching: a file queued as a job, processed in the background by a
 * worker that survives restarts, results to download by the submitter only; bad lines
 * reported by number; no TIN in logs.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BulkTinMatchingTest {

	private static final String FILE = "1;666-01-0001;Olivia Bennett;A-1\n" + "1;666-01-0001;Olivia Smith;A-2\n"
			+ "2;07-4200101;Blue Heron Logistics LLC;A-3\n" + "3;07-4200101;Blue Heron Logistics LLC\n" + "1;;Nobody\n"
			+ "1;666-01-0001\n" + "1;666-01-0001;Olivia Bennett;A-1\n";

	@Autowired
	BulkTinMatching bulk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void FED_1_whenAFileIsProcessed_thenTheResultsFileAppendsTheIndicatorToEachLine(CapturedOutput output) {
		BulkJob job = this.bulk.submit(501, FILE.getBytes(StandardCharsets.UTF_8));
		assertThat(job.status()).isEqualTo("QUEUED");
		assertThat(job.lineCount()).isEqualTo(7);

		BulkJob done = runUntilFinished(501, job.id());

		assertThat(done.status()).isEqualTo("DONE");
		assertThat(this.bulk.results(501, job.id()).orElseThrow().split("\r\n")).containsExactly(
				"1;666-01-0001;Olivia Bennett;A-1;0", "1;666-01-0001;Olivia Smith;A-2;3",
				"2;07-4200101;Blue Heron Logistics LLC;A-3;0", "3;07-4200101;Blue Heron Logistics LLC;7", "1;;Nobody;1",
				"1;666-01-0001;4", "1;666-01-0001;Olivia Bennett;A-1;5");
		assertThat(done.summary().counts()).containsEntry(0, 2)
			.containsEntry(3, 1)
			.containsEntry(7, 1)
			.containsEntry(1, 1)
			.containsEntry(4, 1)
			.containsEntry(5, 1);
		assertThat(done.summary().badLineCount()).isEqualTo(1);
		assertThat(done.summary().badLines())
			.containsExactly(new BulkFile.BadLine(6, "expected 3 or 4 fields separated by semicolons, found 2"));
		assertThat(output.getAll()).doesNotContain("666-01-0001").doesNotContain("07-4200101").doesNotContain("Olivia");
	}

	@Test
	void FED_1_whenAnotherAccountAsks_thenItSeesNoJobAndNoResults() {
		BulkJob job = this.bulk.submit(502, FILE.getBytes(StandardCharsets.UTF_8));
		runUntilFinished(502, job.id());

		assertThat(this.bulk.job(503, job.id())).isEmpty();
		assertThat(this.bulk.results(503, job.id())).isEmpty();
		assertThat(this.bulk.jobs(503)).isEmpty();
		assertThat(this.bulk.jobs(502)).extracting(BulkJob::id).contains(job.id());
	}

	@Test
	void FED_1_whenTheNodeStoppedMidJob_thenTheJobIsTakenAgainWhenItsLeaseRunsOut() {
		BulkJob job = this.bulk.submit(504, FILE.getBytes(StandardCharsets.UTF_8));
		// A node took the job and died: RUNNING, its lease not yet run out.
		this.jdbc.sql("update tin_match_job set status = 'RUNNING', attempts = 1, lease_until = :lease where id = :id")
			.param("lease", Timestamp.from(this.clock.instant().plus(Duration.ofMinutes(5))))
			.param("id", job.id())
			.update();
		drainQueue();
		assertThat(this.bulk.job(504, job.id()).orElseThrow().status()).as("lease still held").isEqualTo("RUNNING");

		Instant before = this.clock.instant();
		try {
			this.clock.advance(Duration.ofMinutes(6));
			BulkJob done = runUntilFinished(504, job.id());
			assertThat(done.status()).isEqualTo("DONE");
		}
		finally {
			this.clock.set(before);
		}
	}

	@Test
	void FED_1_whenAJobKeepsFailing_thenItIsFailedAfterThreeAttempts() {
		BulkJob job = this.bulk.submit(505, FILE.getBytes(StandardCharsets.UTF_8));
		this.jdbc.sql("update tin_match_job set status = 'RUNNING', attempts = 3, lease_until = :lease where id = :id")
			.param("lease", Timestamp.from(this.clock.instant().minusSeconds(1)))
			.param("id", job.id())
			.update();

		assertThat(runUntilFinished(505, job.id()).status()).isEqualTo("FAILED");
		assertThat(this.bulk.results(505, job.id())).isEmpty();
	}

	@Test
	void FED_1_whenTheFileIsUnusable_thenNoJobIsQueued() {
		assertThatThrownBy(() -> this.bulk.submit(506, new byte[] { (byte) 0xC3, (byte) 0x28 }))
			.isInstanceOf(TinMatchingRefused.class);
		assertThat(this.bulk.jobs(506)).isEmpty();
	}

	@Test
	void DATA_1_whenAJobIsStored_thenTheFileAndResultsAreSealed() {
		BulkJob job = this.bulk.submit(507, FILE.getBytes(StandardCharsets.UTF_8));
		String input = this.jdbc.sql("select input_sealed from tin_match_job where id = :id")
			.param("id", job.id())
			.query(String.class)
			.single();
		assertThat(input).doesNotContain("666-01-0001").doesNotContain("Olivia");

		runUntilFinished(507, job.id());

		String stored = this.jdbc
			.sql("select coalesce(input_sealed, '') || result_sealed || summary from tin_match_job where id = :id")
			.param("id", job.id())
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain("666-01-0001").doesNotContain("Olivia").doesNotContain("Blue Heron");
	}

	private void drainQueue() {
		while (this.bulk.runOnce()) {
			// the background worker may be taking jobs too
		}
	}

	private BulkJob runUntilFinished(long accountId, UUID id) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			BulkJob job = this.bulk.job(accountId, id).orElseThrow();
			if (job.status().equals("DONE") || job.status().equals("FAILED")) {
				return job;
			}
			if (!this.bulk.runOnce()) {
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new AssertionError(ex);
				}
			}
		}
		throw new AssertionError("job did not finish");
	}

}
