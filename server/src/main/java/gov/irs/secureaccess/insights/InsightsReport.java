package gov.irs.secureaccess.insights;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers of the reports (OUT-1), counted in the database from
 * {@code verification_event} and {@code funnel_event}; nothing here knows who anyone is.
 * <ul>
 * <li>Levels (Figure 4.11.1): the verifications started in each period, and how many of
 * those reached at least each level (by now: a mailed code that came back in the next
 * period still counts for the period it started in).</li>
 * <li>Channels: the verifications that began each channel in the period, and how many of
 * those reached LOA-3 through it.</li>
 * <li>Steps: each journey step's starts, passes, failed attempts by reason and
 * abandonments in the range.</li>
 * </ul>
 */
@Service
public class InsightsReport {

	/** The channels that finish a verification, in the order the reports list them. */
	public static final List<VerificationChannel> CHANNELS = List.of(VerificationChannel.TEXT, VerificationChannel.MAIL,
			VerificationChannel.E_HELP_DESK, VerificationChannel.IN_PERSON);

	private final JdbcClient jdbc;

	InsightsReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Rows LOA-1, LOA-2, LOA-3. */
	@Transactional(readOnly = true)
	public List<RateRow> levels(ReportRange range) {
		List<Period> periods = range.periods();
		Outcome[][] cells = new Outcome[3][periods.size()];
		for (Outcome[] row : cells) {
			Arrays.fill(row, Outcome.NONE);
		}
		this.jdbc.sql("""
				with started as (
				    select verification_id, min(occurred_at) as at from verification_event
				     where event = 'STARTED' group by verification_id),
				reached as (
				    select verification_id, max(level) as level from verification_event
				     where event = 'REACHED' group by verification_id)
				select width_bucket(s.at, cast(:bounds as timestamptz[])) as bucket, count(*) as started,
				       count(*) filter (where r.level >= 1) as l1, count(*) filter (where r.level >= 2) as l2,
				       count(*) filter (where r.level >= 3) as l3
				  from started s left join reached r on r.verification_id = s.verification_id
				 where s.at >= :from and s.at < :until
				 group by 1
				""")
			.param("bounds", bounds(periods))
			.param("from", Timestamp.from(periods.get(0).start()))
			.param("until", Timestamp.from(periods.get(periods.size() - 1).end()))
			.query((rs, row) -> {
				int bucket = rs.getInt("bucket") - 1;
				long started = rs.getLong("started");
				for (int level = 1; level <= 3; level++) {
					cells[level - 1][bucket] = new Outcome(started, rs.getLong("l" + level));
				}
				return null;
			})
			.list();
		List<RateRow> rows = new ArrayList<>();
		for (int level = 1; level <= 3; level++) {
			rows.add(row("loa-" + level, cells[level - 1]));
		}
		return rows;
	}

	/**
	 * One row per channel of {@link #CHANNELS}: begun in the period, and of those,
	 * finished at LOA-3 through it.
	 */
	@Transactional(readOnly = true)
	public List<RateRow> channels(ReportRange range) {
		List<Period> periods = range.periods();
		Map<String, Outcome[]> cells = new LinkedHashMap<>();
		for (VerificationChannel channel : CHANNELS) {
			Outcome[] row = new Outcome[periods.size()];
			Arrays.fill(row, Outcome.NONE);
			cells.put(channel.code(), row);
		}
		this.jdbc.sql("""
				with begun as (
				    select verification_id, channel, min(occurred_at) as at from verification_event
				     where event = 'CHANNEL' group by verification_id, channel),
				finished as (
				    select distinct verification_id, channel from verification_event
				     where event = 'REACHED' and level = 3)
				select width_bucket(b.at, cast(:bounds as timestamptz[])) as bucket, b.channel, count(*) as started,
				       count(f.verification_id) as completed
				  from begun b left join finished f on f.verification_id = b.verification_id and f.channel = b.channel
				 where b.at >= :from and b.at < :until
				 group by 1, 2
				""")
			.param("bounds", bounds(periods))
			.param("from", Timestamp.from(periods.get(0).start()))
			.param("until", Timestamp.from(periods.get(periods.size() - 1).end()))
			.query((rs, row) -> {
				Outcome[] cellsOfChannel = cells.get(rs.getString("channel"));
				if (cellsOfChannel != null) {
					cellsOfChannel[rs.getInt("bucket") - 1] = new Outcome(rs.getLong("started"),
							rs.getLong("completed"));
				}
				return null;
			})
			.list();
		return cells.entrySet().stream().map((entry) -> row(entry.getKey(), entry.getValue())).toList();
	}

	/**
	 * Every journey step that had an event in the range, journeys and steps in the order
	 * they were first seen.
	 */
	@Transactional(readOnly = true)
	public List<StepRow> steps(ReportRange range) {
		List<Period> periods = range.periods();
		List<Count> counts = this.jdbc.sql("""
				select journey_type, step, event, coalesce(reason, '') as reason, count(*) as n, min(id) as first
				  from funnel_event where occurred_at >= :from and occurred_at < :until
				 group by journey_type, step, event, coalesce(reason, '')
				""")
			.param("from", Timestamp.from(periods.get(0).start()))
			.param("until", Timestamp.from(periods.get(periods.size() - 1).end()))
			.query((rs, row) -> new Count(rs.getString("journey_type"), rs.getString("step"), rs.getString("event"),
					rs.getString("reason"), rs.getLong("n"), rs.getLong("first")))
			.list();
		Map<String, Long> journeyOrder = counts.stream()
			.collect(Collectors.toMap(Count::journey, Count::first, Math::min));
		Map<List<String>, List<Count>> bySteps = counts.stream()
			.sorted(Comparator.comparing((Count count) -> journeyOrder.get(count.journey()))
				.thenComparing(Count::first))
			.collect(Collectors.groupingBy((count) -> List.of(count.journey(), count.step()), LinkedHashMap::new,
					Collectors.toList()));
		Map<List<String>, Long> stepOrder = new LinkedHashMap<>();
		bySteps.forEach((key, list) -> stepOrder.put(key, list.stream().mapToLong(Count::first).min().orElse(0)));
		List<StepRow> rows = new ArrayList<>();
		bySteps.entrySet()
			.stream()
			.sorted(Comparator
				.comparing((Map.Entry<List<String>, List<Count>> entry) -> journeyOrder.get(entry.getKey().get(0)))
				.thenComparing((entry) -> stepOrder.get(entry.getKey())))
			.forEach((entry) -> {
				long started = sum(entry.getValue(), "STARTED");
				long passed = sum(entry.getValue(), "PASSED");
				long failed = sum(entry.getValue(), "FAILED");
				long abandoned = sum(entry.getValue(), "ABANDONED");
				List<StepRow.Reason> reasons = entry.getValue()
					.stream()
					.filter((count) -> count.event().equals("FAILED"))
					.sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::reason))
					.map((count) -> new StepRow.Reason(count.reason().isEmpty() ? "unknown" : count.reason(),
							count.count()))
					.toList();
				rows.add(new StepRow(entry.getKey().get(0), entry.getKey().get(1), started, passed, failed, abandoned,
						reasons));
			});
		return rows;
	}

	private static long sum(List<Count> counts, String event) {
		return counts.stream().filter((count) -> count.event().equals(event)).mapToLong(Count::count).sum();
	}

	/**
	 * A group of funnel events: journey, step, event, reason; how many; the id of the
	 * first (for ordering).
	 */
	private record Count(String journey, String step, String event, String reason, long count, long first) {
	}

	private static RateRow row(String key, Outcome[] cells) {
		Outcome total = Outcome.NONE;
		for (Outcome cell : cells) {
			total = total.plus(cell);
		}
		return new RateRow(key, List.of(cells), total);
	}

	/**
	 * The periods' starts and the last one's end, as a PostgreSQL array literal for
	 * {@code width_bucket}.
	 */
	private static String bounds(List<Period> periods) {
		List<Instant> bounds = new ArrayList<>();
		periods.forEach((period) -> bounds.add(period.start()));
		bounds.add(periods.get(periods.size() - 1).end());
		return bounds.stream().map((instant) -> "\"" + instant + "\"").collect(Collectors.joining(",", "{", "}"));
	}

}
