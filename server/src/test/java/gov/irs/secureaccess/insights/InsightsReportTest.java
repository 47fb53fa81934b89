package gov.irs.secureaccess.insights;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OUT-1: the reports' arithmetic on a known set of events, written in fiscal years 2001
 * and 2002 (no other test writes there): Figure 4.11.1's started / completed / rate per
 * level and fiscal year, per channel, and per step.
 */
@IntegrationTest
class InsightsReportTest {

	private static final ReportRange FY2001_2002 = new ReportRange(LocalDate.of(2000, 10, 1), LocalDate.of(2002, 9, 30),
			Granularity.FISCAL_YEAR);

	@Autowired
	Verifications verifications;

	@Autowired
	InsightsReport report;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	private Instant before;

	private static boolean written;

	@BeforeEach
	void knownEvents() {
		this.before = this.clock.instant();
		if (written) {
			return;
		}
		written = true;
		// FY2001: 30 online, of whom 25 reach LOA-1, 20 LOA-2, 12 LOA-3 by text (14 were
		// texted a code) and 3 by mail (5 letters; the codes come back in October 2001,
		// FY2002, and still count for FY2001).
		at("2000-11-15T12:00:00Z");
		for (int i = 0; i < 30; i++) {
			UUID id = UUID.randomUUID();
			this.verifications.started(id, VerificationChannel.ONLINE);
			if (i < 25) {
				this.verifications.reached(id, 1, VerificationChannel.ONLINE);
			}
			if (i < 20) {
				this.verifications.reached(id, 2, VerificationChannel.ONLINE);
			}
			if (i < 14) {
				this.verifications.channel(id, VerificationChannel.TEXT);
			}
			if (i < 12) {
				this.verifications.reached(id, 3, VerificationChannel.TEXT);
			}
			if (i >= 14 && i < 19) {
				long account = TestAccounts.active(this.accounts, this.hasher, "out1r" + i).id();
				this.verifications.awaitingActivation(id, account, VerificationChannel.MAIL);
				if (i < 17) {
					at("2001-10-20T12:00:00Z");
					this.verifications.activated(account);
					at("2000-11-15T12:00:00Z");
				}
			}
		}
		// FY2001: 5 accounts made by the e-Help Desk, 4 of them activated.
		at("2001-03-01T12:00:00Z");
		for (int i = 0; i < 5; i++) {
			UUID id = UUID.randomUUID();
			this.verifications.started(id, VerificationChannel.E_HELP_DESK);
			long account = TestAccounts.active(this.accounts, this.hasher, "out1d" + i).id();
			this.verifications.awaitingActivation(id, account, VerificationChannel.E_HELP_DESK);
			if (i < 4) {
				this.verifications.activated(account);
			}
		}
		// FY2002: 12 online, 11 through to LOA-3 by text.
		at("2002-01-10T12:00:00Z");
		for (int i = 0; i < 12; i++) {
			UUID id = UUID.randomUUID();
			this.verifications.started(id, VerificationChannel.ONLINE);
			this.verifications.reached(id, 1, VerificationChannel.ONLINE);
			if (i < 11) {
				this.verifications.reached(id, 2, VerificationChannel.ONLINE);
				this.verifications.channel(id, VerificationChannel.TEXT);
				this.verifications.reached(id, 3, VerificationChannel.TEXT);
			}
		}
		// The identity step in FY2001: 40 starts, 30 passes, 40 failed attempts for three
		// reasons, 2 abandoned.
		UUID journey = UUID.randomUUID();
		funnel(journey, "contact", "STARTED", null, 40);
		funnel(journey, "identity", "STARTED", null, 40);
		funnel(journey, "identity", "PASSED", null, 30);
		funnel(journey, "identity", "FAILED", "identity.address", 25);
		funnel(journey, "identity", "FAILED", "identity.date-of-birth", 12);
		funnel(journey, "identity", "FAILED", "identity.name", 3);
		funnel(journey, "identity", "ABANDONED", "expired", 2);
	}

	@AfterEach
	void backToNow() {
		this.clock.set(this.before);
	}

	private void at(String instant) {
		this.clock.set(Instant.parse(instant));
	}

	private void funnel(UUID journey, String step, String event, String reason, int times) {
		for (int i = 0; i < times; i++) {
			this.jdbc.sql("""
					insert into funnel_event (journey_id, journey_type, step, event, reason, occurred_at)
					values (:journey, 'registration', :step, :event, :reason, :at)
					""")
				.param("journey", journey)
				.param("step", step)
				.param("event", event)
				.param("reason", reason)
				.param("at", Timestamp.from(Instant.parse("2001-05-05T10:00:00Z")))
				.update();
		}
	}

	@Test
	void OUT_1_levelsAreLaidOutLikeFigure4111_startedCompletedAndRatePerFiscalYear() {
		List<RateRow> levels = this.report.levels(FY2001_2002);

		assertThat(levels).extracting(RateRow::key).containsExactly("loa-1", "loa-2", "loa-3");
		// FY2001: 35 started (30 online, 5 desk); LOA-1 25 + 4 desk, LOA-2 20 + 4, LOA-3
		// 12 text + 3 mail + 4 desk.
		assertThat(levels.get(0).periods()).containsExactly(new Outcome(35, 29), new Outcome(12, 12));
		assertThat(levels.get(1).periods()).containsExactly(new Outcome(35, 24), new Outcome(12, 11));
		assertThat(levels.get(2).periods()).containsExactly(new Outcome(35, 19), new Outcome(12, 11));
		assertThat(levels.get(2).total()).isEqualTo(new Outcome(47, 30));
		Suppression shown = new Suppression(10);
		assertThat(shown.rate(levels.get(2).periods().get(0), Locale.ENGLISH)).isEqualTo("54.3%");
		assertThat(shown.rate(levels.get(2).periods().get(1), Locale.ENGLISH)).isEqualTo("91.7%");
		assertThat(shown.rate(levels.get(2).total(), Locale.ENGLISH)).isEqualTo("63.8%");
	}

	@Test
	void OUT_1_aNarrowerRangeCountsOnlyTheVerificationsStartedInIt() {
		ReportRange march2001 = new ReportRange(LocalDate.of(2001, 3, 1), LocalDate.of(2001, 3, 31), Granularity.MONTH);
		assertThat(this.report.levels(march2001).get(2).periods()).containsExactly(new Outcome(5, 4));
	}

	@Test
	void OUT_1_channelsCountWhatBeganThereAndHowManyReachedLoa3ThatWay() {
		List<RateRow> channels = this.report.channels(FY2001_2002);

		assertThat(channels).extracting(RateRow::key).containsExactly("text", "mail", "e-help-desk", "in-person");
		assertThat(channels.get(0).periods()).containsExactly(new Outcome(14, 12), new Outcome(11, 11));
		assertThat(channels.get(1).periods()).containsExactly(new Outcome(5, 3), Outcome.NONE);
		assertThat(channels.get(2).total()).isEqualTo(new Outcome(5, 4));
		assertThat(channels.get(3).total()).isEqualTo(Outcome.NONE);
		assertThat(new Suppression(10).rate(channels.get(2).total(), Locale.ENGLISH)).as("4 of 5 is suppressed")
			.isEqualTo("*");
	}

	@Test
	void OUT_1_stepsShowPassedFailedByReasonAndAbandoned() {
		List<StepRow> steps = this.report.steps(FY2001_2002);

		assertThat(steps).extracting(StepRow::step).containsExactly("contact", "identity");
		StepRow identity = steps.get(1);
		assertThat(identity.started()).isEqualTo(40);
		assertThat(identity.passed()).isEqualTo(30);
		assertThat(identity.failed()).isEqualTo(40);
		assertThat(identity.abandoned()).isEqualTo(2);
		assertThat(identity.reasons()).containsExactly(new StepRow.Reason("identity.address", 25),
				new StepRow.Reason("identity.date-of-birth", 12), new StepRow.Reason("identity.name", 3));
		assertThat(new Suppression(10).reasons(identity)).containsExactly("25", "*", "<10");
	}

}
