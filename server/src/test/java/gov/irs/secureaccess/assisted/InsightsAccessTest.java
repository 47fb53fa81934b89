package gov.irs.secureaccess.assisted;

import java.time.Duration;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OUT-1 with AST-4: the reports at {@code /insights} are for the ANALYST staff role only,
 * who sign in like every staff role (an authenticator app or a passkey) and land there;
 * other staff and taxpayers get the 403 page, and nobody signed out gets in.
 */
@IntegrationTest
@AutoConfigureMockMvc
class InsightsAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	StaffAccounts staff;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void OUT_1_anAnalystSignsInWithTheAppAndLandsOnTheReportsWithTheirCsvFiles() throws Exception {
		TestStaff.Made analyst = TestStaff.create(this.staff, this.hasher, StaffRole.ANALYST);
		this.clock.advance(Duration.ofSeconds(30));
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		assertThat(TestStaff.signIn(browser, analyst, this.clock.instant()).getRedirectedUrl()).isEqualTo("/insights");

		String page = browser.page("/insights?from=2025-10-01&to=2026-09-30&by=FISCAL_YEAR");
		assertThat(page).contains("Verification rate per assurance level")
			.contains("FY2026")
			.contains("LOA-3 Secure Access (three-factor)")
			.contains("Per channel")
			.contains("Per step of each journey")
			.contains("Verification rate per channel, 2025-10-01 to 2026-09-30")
			.contains("Activation code by mail")
			.contains("aria-describedby=\"levels-note\"")
			.contains("<svg")
			.contains("role=\"img\"")
			.contains("/insights/levels.csv?from=2025-10-01&amp;to=2026-09-30&amp;by=FISCAL_YEAR");
		for (String table : new String[] { "levels", "channels", "steps" }) {
			MockHttpServletResponse csv = browser
				.get("/insights/" + table + ".csv?from=2025-10-01&to=2026-09-30&by=FISCAL_YEAR");
			assertThat(csv.getStatus()).as(table).isEqualTo(200);
			assertThat(csv.getContentType()).as(table).startsWith("text/csv");
			assertThat(csv.getHeader("Content-Disposition")).as(table)
				.contains("attachment")
				.contains("insights-" + table + "-2025-10-01-2026-09-30.csv");
		}
		assertThat(
				browser.get("/insights/levels.csv?from=2025-10-01&to=2026-09-30&by=FISCAL_YEAR").getContentAsString())
			.startsWith("level,period,from,to,started,completed,rate_percent\r\n")
			.contains("loa-3,FY2026,2025-10-01,2026-09-30,");
		assertThat(browser.page("/insights?lang=es")).contains("Tasa de verificación por nivel de garantía");
	}

	@Test
	void OUT_1_badRangesGetAMessageInThePageOrA400ForTheCsv() throws Exception {
		TestStaff.Made analyst = TestStaff.create(this.staff, this.hasher, StaffRole.ANALYST);
		this.clock.advance(Duration.ofSeconds(30));
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		TestStaff.signIn(browser, analyst, this.clock.instant());

		MockHttpServletResponse backwards = browser.get("/insights?from=2026-05-01&to=2026-01-01&by=MONTH");
		assertThat(backwards.getStatus()).isEqualTo(200);
		assertThat(backwards.getContentAsString()).contains("The “To” date is before the “From” date");
		assertThat(browser.page("/insights?from=yesterday&to=2026-01-01"))
			.contains("Enter the dates as year, month and day");
		assertThat(browser.page("/insights?from=2000-01-01&to=2026-01-01&by=DAY")).contains("more than 40 columns");
		assertThat(browser.page("/insights?by=HOURLY")).contains("Choose the columns from the list");
		MockHttpServletResponse csv = browser.get("/insights/levels.csv?from=2026-05-01&to=2026-01-01");
		assertThat(csv.getStatus()).isEqualTo(400);
		assertThat(csv.getContentAsString()).contains("The “To” date is before the “From” date");
		assertThat(browser.get("/insights/people.csv").getStatus()).isEqualTo(404);
	}

	@Test
	void OUT_1_otherStaffAndTaxpayersAreRefusedAndNobodySignedOutGetsIn() throws Exception {
		assertThat(new SigninDriver(this.mvc, this.outbox).get("/insights").getRedirectedUrl()).endsWith("/sign-in");
		assertThat(new SigninDriver(this.mvc, this.outbox).get("/insights/levels.csv").getRedirectedUrl())
			.endsWith("/sign-in");

		TestStaff.Made assistor = TestStaff.create(this.staff, this.hasher, StaffRole.ASSISTOR);
		TestStaff.Made officer = TestStaff.create(this.staff, this.hasher, StaffRole.TAC);
		TestStaff.Made analyst = TestStaff.create(this.staff, this.hasher, StaffRole.ANALYST);
		this.clock.advance(Duration.ofSeconds(30));
		for (TestStaff.Made other : new TestStaff.Made[] { assistor, officer }) {
			SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
			TestStaff.signIn(browser, other, this.clock.instant());
			assertThat(browser.get("/insights").getStatus()).as(other.username()).isEqualTo(403);
			assertThat(browser.get("/insights").getForwardedUrl()).isEqualTo("/staff-only");
			assertThat(browser.get("/insights/steps.csv").getStatus()).as(other.username()).isEqualTo(403);
		}
		SigninDriver reports = new SigninDriver(this.mvc, this.outbox);
		TestStaff.signIn(reports, analyst, this.clock.instant());
		assertThat(reports.get("/assist").getStatus()).isEqualTo(403);
		assertThat(reports.get("/tac").getStatus()).isEqualTo(403);

		TestAccounts.Made taxpayer = TestAccounts.active(this.accounts, this.hasher, "out1");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.signIn(taxpayer.username(), TestAccounts.PASSWORD, taxpayer.phone());
		assertThat(browser.get("/insights").getStatus()).isEqualTo(403);
		assertThat(browser.get("/insights/levels.csv").getStatus()).isEqualTo(403);
	}

}
