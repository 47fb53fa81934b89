package gov.irs.secureaccess.registration;

import java.util.Map;

import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.support.OutboxCodes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-11: a legacy e-Services user whose SSN already has a Secure Access account (from
 * another application) merges the two: the e-Services username is kept, the Secure Access
 * password is kept, the histories are joined, the person is told; never on the legacy
 * password alone. People: TestPeople ordinary 56 and 57.
 */
class LegacyMergeTest extends RegistrationTestBase {

	static final String SECURE_ACCESS_PASSWORD = "river otter seventeen kites";

	@Autowired
	LegacyAccounts legacy;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Test
	@DisplayName("REG-11: e-Services username kept, Secure Access password kept, legacy password gone, history joined, notice sent")
	void REG_11_whenTheLegacyUserProvesTheSecureAccessAccount_thenTheAccountsMergeUnderTheEServicesUsername()
			throws Exception {
		SyntheticPerson person = this.people.ordinary(56);
		long id = secureAccessAccount(person, "gettranscript.reg11");
		LegacyAccount old = LegacyPeople.legacyAccount(this.legacy, person, "EServices.Reg11");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);

		String page = text(LegacyMigrationTest.legacySignIn(browser, "EServices.Reg11", LegacyPeople.OLD_PASSWORD));
		assertThat(page).contains("Merge your accounts")
			.contains("EServices.Reg11")
			.doesNotContain("gettranscript.reg11");
		page = text(
				browser.postAndShow("/sign-in/legacy", Map.of("step", "merge-password", "password", "not it at all")));
		assertThat(page).contains(msg("legacy.merge.error.password"));
		page = browser.postAndShow("/sign-in/legacy",
				Map.of("step", "merge-password", "password", SECURE_ACCESS_PASSWORD));
		assertThat(page).contains("Enter your security code");
		MockHttpServletResponse merged = browser.post("/sign-in/legacy",
				Map.of("step", "merge-code", "code", OutboxCodes.latest(this.outbox, TestPeople.e164(person))));
		assertThat(merged.getRedirectedUrl()).isEqualTo("/sign-in/legacy/done");
		assertThat(text(browser.page("/sign-in/legacy/done"))).contains("Your accounts are merged")
			.contains(
					"sign in with your e-Services username EServices.Reg11 and the password of your Secure Access account");

		browser.acceptAgreement();
		assertThat(browser.page("/account")).contains("You are signed in as EServices.Reg11");
		assertThat(this.accounts.findLogin("eservices.reg11").orElseThrow().id()).as("the same account").isEqualTo(id);
		assertThat(this.accounts.profile(id).username()).isEqualTo("EServices.Reg11");
		assertThat(this.accounts.findLogin("gettranscript.reg11")).as("the old username is gone").isEmpty();
		assertThat(this.legacy.findById(old.id())).as("the legacy row and its hash are gone").isEmpty();
		assertThat(text(browser.page("/account/history"))).contains(msg("history.action.legacy.merged"));
		assertThat(sentTo(Channel.EMAIL, "gettranscript.reg11@example.test")).isEqualTo(1);
		assertThat(sentTo(Channel.EMAIL, "eservices.reg11@example.test")).isEqualTo(1);

		SigninDriver legacyPassword = new SigninDriver(this.mvc, this.outbox);
		legacyPassword.page("/sign-in");
		legacyPassword.submit("username", Map.of("username", "EServices.Reg11"));
		assertThat(text(legacyPassword.submitAndShow("password", Map.of("password", LegacyPeople.OLD_PASSWORD))))
			.contains(msg("signin.error.credentials"));
		assertThat(new SigninDriver(this.mvc, this.outbox)
			.signIn("EServices.Reg11", SECURE_ACCESS_PASSWORD, TestPeople.e164(person))
			.getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	@DisplayName("REG-11: no merge on the legacy password alone: the Secure Access password and code are required")
	void REG_11_whenTheSecureAccessAccountIsNotProven_thenNothingMergesAndNoOneIsSignedIn() throws Exception {
		SyntheticPerson person = this.people.ordinary(57);
		long id = secureAccessAccount(person, "ipin.reg11");
		LegacyAccount old = LegacyPeople.legacyAccount(this.legacy, person, "eservices.noproof");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		LegacyMigrationTest.legacySignIn(browser, "eservices.noproof", LegacyPeople.OLD_PASSWORD);
		assertThat(browser.get("/account").getRedirectedUrl()).endsWith("/sign-in");

		browser.post("/sign-in/legacy", Map.of("step", "merge-code", "code", "123456"));
		for (int i = 0; i < 4; i++) {
			browser.post("/sign-in/legacy", Map.of("step", "merge-password", "password", "guess number " + i));
		}
		String page = text(
				browser.postAndShow("/sign-in/legacy", Map.of("step", "merge-password", "password", "guess number 5")));
		assertThat(page).contains("sign-in to this account is paused");
		assertThat(text(browser.postAndShow("/sign-in/legacy",
				Map.of("step", "merge-password", "password", SECURE_ACCESS_PASSWORD))))
			.as("locked: the right password does not get through either")
			.doesNotContain("Enter your security code");

		assertThat(this.accounts.profile(id).username()).isEqualTo("ipin.reg11");
		assertThat(this.legacy.findById(old.id())).isPresent();
		assertThat(this.accounts.findLogin("eservices.noproof")).isEmpty();
		assertThat(browser.get("/account").getRedirectedUrl()).endsWith("/sign-in");
	}

	private long secureAccessAccount(SyntheticPerson person, String username) {
		var record = person.taxRecord();
		return this.accounts.create(new NewAccount(username, username + "@example.test", record.name().first(),
				record.name().last(), record.dateOfBirth(), record.ssn(), this.hasher.hash(SECURE_ACCESS_PASSWORD),
				"Kites over the river", "flight", TestPeople.e164(person), AccountStatus.ACTIVE, 3,
				"tax-record,financial,sms", Map.of()));
	}

}
