package gov.irs.secureaccess.accounts.web;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditEntry;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGN-8: the current e-Services User Agreement is accepted before the account pages (and
 * e-Services) open.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AgreementTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	SignedInBrowsers browsers;

	@BeforeEach
	void browsers() {
		this.browsers = new SignedInBrowsers(this.mvc, this.outbox, this.accounts, this.hasher);
	}

	@Test
	void SIGN_8_whenFirstSignedIn_thenEveryAccountPageLeadsToTheAgreementUntilItIsAcceptedThenVersionAndTimeAreKept()
			throws Exception {
		TestAccounts.Made account = this.browsers.newAccount("agree8");
		SigninDriver browser = this.browsers.signIn(account);

		assertThat(browser.get("/account").getRedirectedUrl()).isEqualTo("/account/agreement");
		assertThat(browser.get("/account/password").getRedirectedUrl()).isEqualTo("/account/agreement");
		MockHttpServletResponse post = browser.post("/account/site",
				Map.of("sitePhrase", "Sneaky", "siteImage", "eco"));
		assertThat(post.getRedirectedUrl()).isEqualTo("/account/agreement");
		assertThat(this.accounts.findLogin(account.id()).orElseThrow().sitePhrase()).isEqualTo("Kites over the river");
		assertThat(browser.get("/account/history").getRedirectedUrl()).isEqualTo("/account/agreement");
		String agreement = browser.page("/account/agreement");
		assertThat(agreement).contains("<h1>e-Services User Agreement</h1>")
			.contains("Version 2026-1")
			.contains("Your account is yours alone")
			.contains("26 U.S.C. 6103")
			.contains("action=\"/account/agreement/accept\"")
			.contains("action=\"/account/agreement/decline\"");
		assertThat(browser.page("/account/agreement?lang=es")).contains("Acuerdo del Usuario de e-Services")
			.contains("Versión 2026-1")
			.contains("Su cuenta es solo suya")
			.contains("Acepto");
		browser.page("/account/agreement?lang=en");
		assertThat(acceptances(account.id())).isEmpty();

		MockHttpServletResponse accepted = browser.acceptAgreement();

		assertThat(accepted.getRedirectedUrl()).as("continues where the person was going")
			.isEqualTo("/account/history");
		List<Map<String, Object>> rows = acceptances(account.id());
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.get("version")).isEqualTo("2026-1");
			assertThat(((Timestamp) row.get("accepted_at")).toInstant()).isEqualTo(this.clock.instant());
		});
		assertThat(this.audit.forSubject("account:" + account.id(), 1)).singleElement()
			.satisfies((AuditEntry entry) -> {
				assertThat(entry.action()).isEqualTo("agreement.accepted");
				assertThat(entry.details()).containsEntry("version", "2026-1");
			});
		assertThat(browser.page("/account/history")).contains("Thank you. You accepted the e-Services User Agreement.");
		assertThat(browser.get("/account").getStatus()).isEqualTo(200);
		assertThat(browser.page("/account/agreement")).contains("You accepted this version on")
			.doesNotContain("action=\"/account/agreement/accept\"");

		SigninDriver nextTime = this.browsers.signIn(account);
		assertThat(nextTime.get("/account").getStatus()).as("not asked again for the same version").isEqualTo(200);
		nextTime.acceptAgreement();
		assertThat(acceptances(account.id())).hasSize(1);
	}

	@Test
	void SIGN_8_whenTheAgreementIsDeclined_thenThePersonIsSignedOutAndNothingIsAccepted() throws Exception {
		TestAccounts.Made account = this.browsers.newAccount("decline8");
		SigninDriver browser = this.browsers.signIn(account);
		assertThat(browser.get("/account").getRedirectedUrl()).isEqualTo("/account/agreement");

		MockHttpServletResponse declined = browser.post("/account/agreement/decline");

		assertThat(declined.getRedirectedUrl()).isEqualTo("/sign-in?agreementDeclined");
		assertThat(browser.page("/sign-in?agreementDeclined"))
			.contains("You declined the e-Services User Agreement, so we signed you out.");
		assertThat(browser.get("/account").getRedirectedUrl()).endsWith("/sign-in");
		assertThat(browser.get("/account/agreement").getRedirectedUrl()).endsWith("/sign-in");
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", "account:" + account.id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(acceptances(account.id())).isEmpty();
		assertThat(this.audit.forSubject("account:" + account.id(), 1)).singleElement()
			.satisfies((AuditEntry entry) -> assertThat(entry.action()).isEqualTo("agreement.declined"));

		SigninDriver again = this.browsers.signIn(account);
		assertThat(again.get("/account").getRedirectedUrl()).as("asked again at the next sign-in")
			.isEqualTo("/account/agreement");
	}

	@Test
	void SIGN_8_whenSignedOut_thenTheAgreementPagesAskForSignInFirst() throws Exception {
		SigninDriver anonymous = new SigninDriver(this.mvc, this.outbox);

		assertThat(anonymous.get("/account/agreement").getRedirectedUrl()).endsWith("/sign-in");
		assertThat(anonymous.post("/account/agreement/accept").getRedirectedUrl()).endsWith("/sign-in");
	}

	private List<Map<String, Object>> acceptances(long accountId) {
		return this.jdbc.sql("select version, accepted_at from agreement_acceptance where account_id = :id")
			.param("id", accountId)
			.query()
			.listOfRows();
	}

}
