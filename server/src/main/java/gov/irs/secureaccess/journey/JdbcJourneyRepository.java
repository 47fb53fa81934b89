package gov.irs.secureaccess.journey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import gov.irs.secureaccess.platform.crypto.PiiCipher;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Journeys in the {@code journey} table; what the person gave is sealed (it may hold PII,
 * DATA-1).
 */
@Repository
class JdbcJourneyRepository implements JourneyRepository {

	static final String DATA_CONTEXT = "journey.data";

	private static final TypeReference<Map<String, Integer>> ATTEMPTS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	private final JsonMapper json;

	JdbcJourneyRepository(JdbcClient jdbc, PiiCipher cipher, JsonMapper json) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.json = json;
	}

	@Override
	public void insert(Journey journey) {
		this.jdbc
			.sql("""
					insert into journey (id, type, state, created_at, updated_at, expires_at, attempts, data_sealed, version)
					values (:id, :type, :state, :createdAt, :updatedAt, :expiresAt, cast(:attempts as jsonb), :data, 0)
					""")
			.param("id", journey.id())
			.param("type", journey.type())
			.param("state", journey.state())
			.param("createdAt", Timestamp.from(journey.createdAt()))
			.param("updatedAt", Timestamp.from(journey.updatedAt()))
			.param("expiresAt", Timestamp.from(journey.expiresAt()))
			.param("attempts", this.json.writeValueAsString(journey.attempts()))
			.param("data", sealData(journey))
			.update();
	}

	@Override
	public Optional<Journey> find(UUID id) {
		return this.jdbc.sql("select * from journey where id = :id").param("id", id).query(this::map).optional();
	}

	@Override
	public Optional<Journey> findForUpdate(UUID id) {
		return this.jdbc.sql("select * from journey where id = :id for update")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	@Override
	public boolean update(Journey journey) {
		return this.jdbc.sql("""
				update journey set state = :state, updated_at = :updatedAt, attempts = cast(:attempts as jsonb),
				       data_sealed = :data, version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", journey.id())
			.param("state", journey.state())
			.param("updatedAt", Timestamp.from(journey.updatedAt()))
			.param("attempts", this.json.writeValueAsString(journey.attempts()))
			.param("data", sealData(journey))
			.param("version", journey.version())
			.update() == 1;
	}

	@Override
	public List<Journey> findExpiredBefore(Instant cutoff) {
		return this.jdbc.sql("select * from journey where expires_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.query(this::map)
			.list();
	}

	@Override
	public int deleteExpiredBefore(Instant cutoff) {
		return this.jdbc.sql("delete from journey where expires_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

	private String sealData(Journey journey) {
		return this.cipher.seal(this.json.writeValueAsString(journey.data()), DATA_CONTEXT);
	}

	private Journey map(ResultSet rs, int row) throws SQLException {
		String data = this.cipher.open(rs.getString("data_sealed"), DATA_CONTEXT);
		return new Journey(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("state"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), this.json.readValue(rs.getString("attempts"), ATTEMPTS),
				(data != null) ? this.json.readValue(data, DATA) : Map.of(), rs.getInt("version"));
	}

}
