package gov.irs.secureaccess.journey;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;

import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys in PostgreSQL: what the person gave is sealed at rest (DATA-1), and the clock
 * drives expiry.
 */
@IntegrationTest
class JdbcJourneyRepositoryTest {

	@Autowired
	JourneyEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	private final JourneyDefinition definition = TestJourneys.definition(Duration.ofMinutes(30));

	@Test
	void DATA_1_whenAJourneyHoldsAnSsn_thenTheRowHoldsOnlyCiphertext() {
		Journey journey = this.engine.start(this.definition, Map.of("ssn", "666-12-3456"));

		Map<String, Object> row = this.jdbc.sql("select * from journey where id = :id")
			.param("id", journey.id())
			.query()
			.singleRow();

		assertThat(row.values().toString()).doesNotContain("666-12-3456").doesNotContain("666123456");
		assertThat((String) row.get("data_sealed")).matches("[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+");
		assertThat(this.engine.find(this.definition, journey.id())).isInstanceOfSatisfying(JourneyView.AtStep.class,
				(at) -> assertThat(at.journey().get("ssn")).isEqualTo("666-12-3456"));
	}

	@Test
	void REG_9_whenSubmittedAndLaterResumed_thenAttemptsAndStateSurviveInTheDatabase() {
		Journey journey = this.engine.start(this.definition, Map.of());
		this.engine.submit(this.definition, journey.id(), StepInput.of(Map.of("word", "wrong")));
		this.engine.submit(this.definition, journey.id(), StepInput.of(Map.of("word", TestJourneys.SECRET)));

		this.clock.advance(Duration.ofMinutes(10));

		assertThat(this.engine.find(this.definition, journey.id())).isInstanceOfSatisfying(JourneyView.AtStep.class,
				(at) -> {
					assertThat(at.step().name()).isEqualTo("colour");
					assertThat(at.journey().attempts("secret")).isEqualTo(1);
					assertThat(at.journey().version()).isEqualTo(2);
				});
		this.clock.advance(Duration.ofMinutes(20));
		assertThat(this.engine.find(this.definition, journey.id())).isInstanceOf(JourneyView.Expired.class);
	}

	@Test
	void OUT_1_whenTheSweepRemovesAnExpiredJourney_thenItIsCountedAbandonedWhenItExpiredNotWhenSwept() {
		Journey journey = this.engine.start(this.definition, Map.of());
		this.clock.advance(Duration.ofHours(3));

		this.engine.purgeExpired(Duration.ofMinutes(1));

		Timestamp at = this.jdbc
			.sql("select occurred_at from funnel_event where journey_id = :id and event = 'ABANDONED'")
			.param("id", journey.id())
			.query(Timestamp.class)
			.single();
		assertThat(at.toInstant()).isEqualTo(journey.expiresAt());
	}

}
