package gov.irs.secureaccess.registration;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.assisted.StaffAccounts;
import gov.irs.secureaccess.assisted.StaffRole;
import gov.irs.secureaccess.assisted.TestStaff;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OUT-1: the registrations people walk become verifications the reports count: started
 * online, LOA-1 at the identity step, LOA-2 at the financial step, the text channel at
 * the texted code and LOA-3 by text; on the mail path the mail channel at the letter and
 * LOA-3 by mail only once the activation code came back. Nothing about the person.
 */
class RegistrationVerificationEventsTest extends RegistrationTestBase {

	@Autowired
	StaffAccounts staff;

	@Autowired
	PasswordHasher hasher;

	/**
	 * What the management port's /actuator/prometheus serves (the public port has no
	 * metrics, issue 14 item 8).
	 */
	@Autowired
	PrometheusMeterRegistry prometheus;

	private List<String> events(UUID verification) {
		return this.jdbc.sql("""
				select event || ' ' || channel || coalesce(' ' || level, '') from verification_event
				 where verification_id = :id order by id
				""").param("id", verification).query(String.class).list();
	}

	@Test
	void OUT_1_whenARegistrationFinishesByText_thenItsVerificationStartedAndReachedEachLevel() throws Exception {
		SyntheticPerson person = this.people.ordinary(90);
		RegistrationDriver browser = browser();
		this.people.registerBySms(browser, person, this.people.financial(person), "out1.sms@example.test",
				"out1.sms90");

		assertThat(events(browser.journeyId())).containsExactly("STARTED online", "REACHED online 1",
				"REACHED online 2", "CHANNEL text", "REACHED text 3");
	}

	@Test
	void OUT_1_whenARegistrationTakesTheMailPath_thenLoa3IsReachedByMailOnlyWhenTheCodeComesBack() throws Exception {
		SyntheticPerson person = this.people.ordinary(91);
		RegistrationDriver browser = browser();
		this.people.registerByMail(browser, person, "out1.mail@example.test", "out1.mail91");
		UUID verification = browser.journeyId();
		assertThat(events(verification)).containsExactly("STARTED online", "REACHED online 1", "REACHED online 2",
				"CHANNEL mail");

		TestPeople.activate(browser, person, "out1.mail91", TestPeople.e164(person));

		assertThat(events(verification)).containsExactly("STARTED online", "REACHED online 1", "REACHED online 2",
				"CHANNEL mail", "REACHED mail 3");
		assertThat(this.jdbc.sql("select count(*) from verification_account where verification_id = :id")
			.param("id", verification)
			.query(Long.class)
			.single()).as("the link is gone once used").isZero();
	}

	@Test
	void OUT_1_theReportsTheirCsvFilesAndTheMetricsHoldNothingAboutThePeopleCounted() throws Exception {
		SyntheticPerson person = this.people.ordinary(92);
		RegistrationDriver browser = browser();
		this.people.registerBySms(browser, person, this.people.financial(person), "out1.nopii@example.test",
				"out1.nopii92");
		TestStaff.Made analyst = TestStaff.create(this.staff, this.hasher, StaffRole.ANALYST);
		this.clock.advance(Duration.ofSeconds(30));
		SigninDriver reports = new SigninDriver(this.mvc, this.outbox);
		TestStaff.signIn(reports, analyst, this.clock.instant());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		String range = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1) + "&by=DAY";

		StringBuilder everything = new StringBuilder(reports.page("/insights" + range));
		for (String table : List.of("levels", "channels", "steps")) {
			everything.append(reports.page("/insights/" + table + ".csv" + range));
		}
		String metrics = this.prometheus.scrape();
		everything.append(metrics);

		assertThat(everything).as("the reports count this registration").contains("registration");
		assertThat(metrics).contains(
				"secure_access_funnel_events_total{application=\"secure-access\",event=\"passed\",journey=\"registration\",reason=\"none\",step=\"identity\"}")
			.contains(
					"secure_access_verifications_total{application=\"secure-access\",channel=\"text\",event=\"reached\",level=\"loa-3\"}");
		var record = person.taxRecord();
		String ssn = record.ssn().formatted();
		for (String pii : List.of(record.name().fullName(), ssn, ssn.replace("-", ""), "out1.nopii@example.test",
				"out1.nopii92", TestPeople.e164(person), TestPeople.e164(person).substring(2),
				record.address().line1())) {
			assertThat(everything.toString()).as("nothing about the person").doesNotContain(pii);
		}
	}

}
