package gov.irs.secureaccess.accounts.web;

import java.util.List;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.agreement.AgreementAcceptances;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGN-8: operators publish a new version by setting
 * {@code secure-access.agreement.current-version}; whoever accepted only an older one is
 * asked again. (Its own context: the test version's texts are in the test resources.)
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "secure-access.agreement.current-version=2099-1")
class AgreementNewVersionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	AgreementAcceptances acceptances;

	@Autowired
	JdbcClient jdbc;

	@Test
	void SIGN_8_whenANewVersionIsSet_thenWhoAcceptedTheOldOneIsAskedAgainAndBothAcceptancesAreKept() throws Exception {
		SignedInBrowsers browsers = new SignedInBrowsers(this.mvc, this.outbox, this.accounts, this.hasher);
		TestAccounts.Made account = browsers.newAccount("agree8new");
		this.acceptances.accept(account.id(), "2026-1", "127.0.0.1");
		SigninDriver browser = browsers.signIn(account);

		assertThat(browser.get("/account").getRedirectedUrl()).isEqualTo("/account/agreement");
		assertThat(browser.page("/account/agreement")).contains("Version 2099-1")
			.contains("A later version, for tests")
			.contains("you will read every version.</p>")
			.contains("It spans two lines in the file.");
		assertThat(browser.acceptAgreement().getRedirectedUrl()).isEqualTo("/account");
		assertThat(browser.get("/account").getStatus()).isEqualTo(200);

		List<String> versions = this.jdbc
			.sql("select version from agreement_acceptance where account_id = :id order by version")
			.param("id", account.id())
			.query(String.class)
			.list();
		assertThat(versions).containsExactly("2026-1", "2099-1");
	}

}
