package gov.irs.secureaccess.taxapps.tinmatching;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.platform.crypto.PiiCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk TIN Matching (FED-1): a {@link BulkFile} is queued as a job (its content sealed,
 * DATA-1) and a worker on every node takes queued jobs one at a time under a lease: a job
 * whose node stopped mid-way is taken again when its lease runs out, so jobs survive
 * restarts; after {@value #MAX_ATTEMPTS} attempts it is FAILED. The results file repeats
 * each line with its indicator appended ({@code ...;0}); it is sealed too, and only the
 * submitter may read it. Logs name jobs by id and counts, never a TIN or a name (DATA-3).
 */
@Service
public class BulkTinMatching {

	static final int MAX_ATTEMPTS = 3;

	static final Duration LEASE = Duration.ofMinutes(15);

	private static final String INPUT = "tin_match_job.input";

	private static final String RESULT = "tin_match_job.result";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Logger log = LoggerFactory.getLogger(BulkTinMatching.class);

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	private final TinMatcher matcher;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	BulkTinMatching(JdbcClient jdbc, PiiCipher cipher, TinMatcher matcher, AuditLog audit, TransactionTemplate tx,
			Clock clock) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.cipher = Objects.requireNonNull(cipher, "cipher");
		this.matcher = Objects.requireNonNull(matcher, "matcher");
		this.audit = Objects.requireNonNull(audit, "audit");
		this.tx = Objects.requireNonNull(tx, "tx");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Queues a file. @throws TinMatchingRefused when the file is not a usable bulk file
	 */
	@Transactional
	public BulkJob submit(long accountId, byte[] content) {
		BulkFile file = BulkFile.parse(content);
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into tin_match_job (id, account_id, status, line_count, input_sealed, submitted_at)
				values (:id, :accountId, 'QUEUED', :count, :input, :now)""")
			.param("id", id)
			.param("accountId", accountId)
			.param("count", file.size())
			.param("input", this.cipher.seal(new String(content, StandardCharsets.UTF_8), INPUT + ":" + id))
			.param("now", Timestamp.from(now))
			.update();
		this.audit
			.record(AuditEvent.of("account:" + accountId, "tin-matching.bulk.submitted", "account:" + accountId, null)
				.with("job", id.toString())
				.with("requests", Integer.toString(file.size())));
		return new BulkJob(id, "QUEUED", file.size(), now, null, null);
	}

	/** The submitter's job, or empty when there is none by that id for that account. */
	@Transactional(readOnly = true)
	public Optional<BulkJob> job(long accountId, UUID id) {
		return this.jdbc.sql("select * from tin_match_job where id = :id and account_id = :accountId")
			.param("id", id)
			.param("accountId", accountId)
			.query((rs, n) -> new BulkJob(rs.getObject("id", UUID.class), rs.getString("status"),
					rs.getInt("line_count"), rs.getTimestamp("submitted_at").toInstant(),
					(rs.getTimestamp("finished_at") != null) ? rs.getTimestamp("finished_at").toInstant() : null,
					(rs.getString("summary") != null) ? JSON.readValue(rs.getString("summary"), BulkSummary.class)
							: null))
			.optional();
	}

	/** The submitter's jobs, newest first (at most 20). */
	@Transactional(readOnly = true)
	public List<BulkJob> jobs(long accountId) {
		List<UUID> ids = this.jdbc
			.sql("select id from tin_match_job where account_id = :accountId order by submitted_at desc limit 20")
			.param("accountId", accountId)
			.query(UUID.class)
			.list();
		return ids.stream().map((id) -> job(accountId, id).orElseThrow()).toList();
	}

	/**
	 * The results file of a finished job of this account; empty when not found or not
	 * finished.
	 */
	@Transactional
	public Optional<String> results(long accountId, UUID id) {
		Optional<String> sealed = this.jdbc
			.sql("""
					select result_sealed from tin_match_job where id = :id and account_id = :accountId and status = 'DONE'""")
			.param("id", id)
			.param("accountId", accountId)
			.query(String.class)
			.optional();
		sealed.ifPresent((any) -> this.audit
			.record(AuditEvent.of("account:" + accountId, "tin-matching.bulk.downloaded", "account:" + accountId, null)
				.with("job", id.toString())));
		return sealed.map((value) -> this.cipher.open(value, RESULT + ":" + id));
	}

	/**
	 * The worker's poll: takes and runs queued (or abandoned) jobs until none is left.
	 */
	@Scheduled(fixedDelayString = "${secure-access.tin-matching.poll-interval:PT5S}", initialDelayString = "PT20S")
	public void work() {
		while (runOnce()) {
			// next job
		}
	}

	/**
	 * Takes one job that is queued or whose lease ran out, and runs it; false when there
	 * was none.
	 */
	public boolean runOnce() {
		Claimed claimed = this.tx.execute((status) -> claim());
		if (claimed == null) {
			return false;
		}
		if (claimed.attempts() > MAX_ATTEMPTS) {
			this.tx.executeWithoutResult((status) -> finish(claimed.id(), "FAILED", null, null));
			log.warn("Bulk TIN Matching job {} failed after {} attempts", claimed.id(), MAX_ATTEMPTS);
			return true;
		}
		String input = this.cipher.open(claimed.inputSealed(), INPUT + ":" + claimed.id());
		Processed processed = process(BulkFile.parse(input.getBytes(StandardCharsets.UTF_8)));
		this.tx.executeWithoutResult((status) -> finish(claimed.id(), "DONE",
				this.cipher.seal(processed.results(), RESULT + ":" + claimed.id()),
				JSON.writeValueAsString(processed.summary())));
		log.info("Bulk TIN Matching job {} done: {} requests, {} bad lines", claimed.id(), processed.requests(),
				processed.summary().badLineCount());
		return true;
	}

	private Claimed claim() {
		Instant now = this.clock.instant();
		return this.jdbc
			.sql("""
					update tin_match_job set status = 'RUNNING', started_at = :now, lease_until = :lease, attempts = attempts + 1
					 where id = (select id from tin_match_job
					              where status = 'QUEUED' or (status = 'RUNNING' and lease_until < :now)
					              order by submitted_at limit 1 for update skip locked)
					returning id, input_sealed, attempts""")
			.param("now", Timestamp.from(now))
			.param("lease", Timestamp.from(now.plus(LEASE)))
			.query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getString("input_sealed"),
					rs.getInt("attempts")))
			.optional()
			.orElse(null);
	}

	private void finish(UUID id, String status, String resultSealed, String summary) {
		this.jdbc
			.sql("""
					update tin_match_job set status = :status, result_sealed = :result, summary = :summary, input_sealed = null,
					       finished_at = :now, lease_until = null
					 where id = :id and status = 'RUNNING'""")
			.param("status", status)
			.param("result", resultSealed)
			.param("summary", summary)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	private Processed process(BulkFile file) {
		List<TinPair> pairs = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		List<BulkFile.BadLine> bad = new ArrayList<>();
		int badCount = 0;
		for (int i = 0; i < file.lines().size(); i++) {
			BulkFile.Line line = file.lines().get(i);
			if (line.pair() != null) {
				pairs.add(line.pair());
				positions.add(i);
			}
			else {
				badCount++;
				if (bad.size() < BulkSummary.MAX_LISTED) {
					bad.add(new BulkFile.BadLine(line.number(), line.problem()));
				}
			}
		}
		List<MatchIndicator> indicators = this.matcher.match(pairs);
		MatchIndicator[] byLine = new MatchIndicator[file.size()];
		for (int k = 0; k < positions.size(); k++) {
			byLine[positions.get(k)] = indicators.get(k);
		}
		Map<Integer, Integer> counts = new TreeMap<>();
		StringBuilder results = new StringBuilder();
		for (int i = 0; i < file.size(); i++) {
			MatchIndicator indicator = (byLine[i] != null) ? byLine[i] : MatchIndicator.INVALID_REQUEST;
			counts.merge(indicator.code(), 1, Integer::sum);
			results.append(file.lines().get(i).text()).append(';').append(indicator.code()).append("\r\n");
		}
		return new Processed(results.toString(), new BulkSummary(counts, badCount, bad), file.size());
	}

	private record Claimed(UUID id, String inputSealed, int attempts) {
	}

	private record Processed(String results, BulkSummary summary, int requests) {
	}

}
