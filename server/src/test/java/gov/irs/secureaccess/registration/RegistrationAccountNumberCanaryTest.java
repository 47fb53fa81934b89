package gov.irs.secureaccess.registration;

import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.journey.JourneyEngine;
import gov.irs.secureaccess.journey.JourneyView;
import gov.irs.secureaccess.messaging.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DATA-2 / REG-4 canary: demo #6 Emily Schneider registers with the account digits
 * 31578840; afterwards the 8 digits are nowhere: not in any column of any table, not in
 * the opened outbox, not in the journey's data, not in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class RegistrationAccountNumberCanaryTest extends RegistrationTestBase {

	private static final String CANARY = "31578840";

	@Autowired
	JourneyEngine engine;

	@Autowired
	RegistrationJourney registration;

	// DATA-2, REG-4
	@Test
	void DATA_2_whenARegistrationUsedAnAccountNumber_thenItsDigitsAreInNoTableMessageJourneyOrLog(CapturedOutput log)
			throws Exception {
		// The capture sees the service's log (the console appender writes through
		// System.out).
		LoggerFactory.getLogger(RegistrationService.class).info("canary capture check");
		assertThat(log.getAll()).contains("canary capture check");
		RegistrationDriver browser = browser();
		this.people.registerBySms(browser, this.people.demo(6),
				Map.of("accountType", "CREDIT_CARD", "last8", "3157 8840"), "emily.canary@example.test",
				"canary.emily");

		List<Map<String, Object>> columns = this.jdbc.sql("""
				select table_name, column_name from information_schema.columns
				 where table_schema = 'public' order by table_name, ordinal_position""").query().listOfRows();
		assertThat(columns).hasSizeGreaterThan(50);
		for (Map<String, Object> column : columns) {
			String sql = "select count(*) from \"%s\" where \"%s\"::text like '%%%s%%'"
				.formatted(column.get("table_name"), column.get("column_name"), CANARY);
			assertThat(this.jdbc.sql(sql).query(Long.class).single()).as(column.toString()).isZero();
		}
		for (OutboxEntry entry : this.outbox.newest(10_000)) {
			assertThat(entry.recipient() + entry.subject() + entry.body()).doesNotContain(CANARY)
				.doesNotContain("3157 8840");
		}
		var view = this.engine.find(this.registration.definition(), browser.journeyId());
		assertThat(((JourneyView.Finished) view).journey().data().toString()).doesNotContain(CANARY)
			.doesNotContain("8840");
		assertThat(log.getAll()).doesNotContain(CANARY).doesNotContain("3157 8840");

		// The funnel keeps outcomes only: no digits at all in what it recorded for this
		// registration.
		List<String> funnel = this.jdbc
			.sql("select step || ' ' || event || ' ' || coalesce(reason, '') from funnel_event where journey_id = :id")
			.param("id", browser.journeyId())
			.query(String.class)
			.list();
		assertThat(funnel).isNotEmpty().allSatisfy((event) -> assertThat(event).doesNotContainPattern("\\d"));
	}

}
