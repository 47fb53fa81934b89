package gov.irs.secureaccess.sources;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records what was loaded into the source tables ({@code source_load}): origin, detail,
 * row counts, time.
 */
public final class SourceLoadLog {

	public enum Origin {

		GENERATOR, CSV

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	public SourceLoadLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	public void record(Origin origin, String detail, Map<String, Integer> counts) {
		String json = counts.entrySet()
			.stream()
			.map((entry) -> "\"" + entry.getKey() + "\":" + entry.getValue())
			.collect(Collectors.joining(",", "{", "}"));
		this.jdbc
			.sql("insert into source_load (origin, detail, counts, loaded_at) values (:origin, :detail, "
					+ "cast(:counts as jsonb), :at)")
			.param("origin", origin.name())
			.param("detail", detail)
			.param("counts", json)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** True when no source table holds a row: the generator may fill them. */
	public boolean sourcesAreEmpty() {
		return this.jdbc.sql("""
				select not exists (select 1 from tax_record) and not exists (select 1 from credit_file)
				and not exists (select 1 from phone_line)""").query(Boolean.class).single();
	}

}
