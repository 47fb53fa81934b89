package gov.irs.secureaccess.registration;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.accounts.username.UsernamePolicy;
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
 * REG-10: a legacy e-Services user signs in at /sign-in with the old username and
 * password and is led through financial verification, a phone (or the mail code) and a
 * new password; the username stays and the legacy hash is gone. People: TestPeople
 * ordinary 50 to 55.
 */
class LegacyMigrationTest extends RegistrationTestBase {

	static final String NEW_PASSWORD = "lantern maple harbor quietly";

	@Autowired
	LegacyAccounts legacy;

	@Autowired
	Accounts accounts;

	@Autowired
	UsernamePolicy usernames;

	@Test
	@DisplayName("REG-10: old username and password, financial, texted code, new password (PW-*), signed in at LOA-3")
	void REG_10_whenALegacyUserSignsInAndPassesEveryStep_thenTheAccountMovesWithItsUsernameAndTheOldHashIsGone()
			throws Exception {
		SyntheticPerson person = this.people.ordinary(50);
		LegacyAccount old = LegacyPeople.legacyAccount(this.legacy, person, "Reg10.Sms.Preparer");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);

		String page = legacySignIn(browser, old.username(), LegacyPeople.OLD_PASSWORD);
		assertThat(page).contains("Move your e-Services account to Secure Access")
			.contains("Reg10.Sms.Preparer")
			.contains("Step 1 of 3");
		assertThat(browser.get("/account").getRedirectedUrl()).as("not signed in yet").endsWith("/sign-in");

		page = browser.postAndShow("/sign-in/legacy", with(this.people.financial(person), "step", "financial"));
		assertThat(page).contains("Verify your mobile phone");
		page = browser.postAndShow("/sign-in/legacy", Map.of("step", "phone", "phone", TestPeople.phone(person)));
		assertThat(page).contains("Enter the code we texted");
		page = browser.postAndShow("/sign-in/legacy",
				Map.of("step", "confirm-phone", "code", OutboxCodes.latest(this.outbox, TestPeople.e164(person))));
		assertThat(page).contains("Choose a new password").contains("Reg10.Sms.Preparer");

		page = text(browser.postAndShow("/sign-in/legacy", credentials("short pw")));
		assertThat(page).as("PW-1: too short").contains(msg("password.tooShort", 12));
		page = text(browser.postAndShow("/sign-in/legacy", credentials("passwordpassword")));
		assertThat(page).as("PW-2: common").contains(msg("password.common"));
		page = text(browser.postAndShow("/sign-in/legacy", credentials("reg10.sms.preparer and more")));
		assertThat(page).as("PW-2: contains the username").contains(msg("password.containsUsername"));
		page = text(browser.postAndShow("/sign-in/legacy", credentials(LegacyPeople.OLD_PASSWORD)));
		assertThat(page).as("not the old e-Services password").contains(msg("legacy.password.error.sameAsOld"));
		assertThat(this.legacy.findById(old.id())).as("nothing moved on a refusal").isPresent();

		MockHttpServletResponse done = browser.post("/sign-in/legacy", credentials(NEW_PASSWORD));
		assertThat(done.getRedirectedUrl()).isEqualTo("/sign-in/legacy/done");
		assertThat(text(browser.page("/sign-in/legacy/done")))
			.contains("Your e-Services account now uses Secure Access")
			.contains("Your username is still Reg10.Sms.Preparer");

		browser.acceptAgreement();
		assertThat(browser.page("/account")).contains("You are signed in as Reg10.Sms.Preparer");
		AccountLogin moved = this.accounts.findLogin("reg10.sms.preparer").orElseThrow();
		assertThat(moved.username()).isEqualTo("Reg10.Sms.Preparer");
		assertThat(moved.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(moved.loa()).isEqualTo(3);
		assertThat(moved.phoneE164()).isEqualTo(TestPeople.e164(person));
		assertThat(this.legacy.findById(old.id())).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from legacy_account where username_canonical = 'reg10.sms.preparer'")
			.query(Long.class)
			.single()).isZero();
		assertThat(sentTo(Channel.EMAIL, "reg10.sms.preparer@example.test")).as("moved notice and proofing notice")
			.isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'legacy.migrated' and subject = :s")
			.param("s", "account:" + moved.id())
			.query(Long.class)
			.single()).isEqualTo(1);

		SigninDriver oldPassword = new SigninDriver(this.mvc, this.outbox);
		oldPassword.page("/sign-in");
		oldPassword.submit("username", Map.of("username", "Reg10.Sms.Preparer"));
		assertThat(text(oldPassword.submitAndShow("password", Map.of("password", LegacyPeople.OLD_PASSWORD))))
			.contains(msg("signin.error.credentials"));
		assertThat(new SigninDriver(this.mvc, this.outbox)
			.signIn("Reg10.Sms.Preparer", NEW_PASSWORD, TestPeople.e164(person))
			.getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	@DisplayName("REG-10 with REG-6: the mail code instead of a text; the account awaits the letter, then activates")
	void REG_10_whenTheLegacyUserChoosesTheMailCode_thenTheAccountAwaitsTheLetterAndTheLegacyHashIsGone()
			throws Exception {
		SyntheticPerson person = this.people.ordinary(51);
		LegacyAccount old = LegacyPeople.legacyAccount(this.legacy, person, "reg10mail.user");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		legacySignIn(browser, old.username(), LegacyPeople.OLD_PASSWORD);
		browser.postAndShow("/sign-in/legacy", with(this.people.financial(person), "step", "financial"));

		String page = browser.postAndShow("/sign-in/legacy/mail", Map.of());
		assertThat(page).contains("Choose a new password").contains("Secret questions");
		Map<String, String> form = new HashMap<>(credentials(NEW_PASSWORD));
		form.putAll(TestPeople.secretQuestions());
		page = text(browser.postAndShow("/sign-in/legacy", form));
		assertThat(page).contains("Watch for your activation code by mail").contains("reg10mail.user");

		AccountLogin awaiting = this.accounts.findLogin("reg10mail.user").orElseThrow();
		assertThat(awaiting.status()).isEqualTo(AccountStatus.AWAITING_ACTIVATION);
		assertThat(awaiting.loa()).isEqualTo(2);
		assertThat(this.legacy.findById(old.id())).isEmpty();
		assertThat(browser.get("/account").getRedirectedUrl()).as("not signed in on the mail path")
			.endsWith("/sign-in");

		page = TestPeople.activate(browser(), person, "reg10mail.user", TestPeople.e164(person));
		assertThat(this.accounts.findLogin("reg10mail.user").orElseThrow().loa()).isEqualTo(3);
		assertThat(this.accounts.findLogin("reg10mail.user").orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	@DisplayName("REG-10 and SIGN-5: wrong legacy passwords lock the legacy account like any other")
	void REG_10_SIGN_5_whenFiveLegacyPasswordsAreWrong_thenTheLegacyAccountLocksWithoutSayingIfTheLastWasRight()
			throws Exception {
		LegacyAccount old = LegacyPeople.legacyAccount(this.legacy, this.people.ordinary(52), "reg10.locked");
		String page = "";
		for (int i = 0; i < 5; i++) {
			SigninDriver wrong = new SigninDriver(this.mvc, this.outbox);
			wrong.page("/sign-in");
			wrong.submit("username", Map.of("username", "reg10.locked"));
			page = text(wrong.submitAndShow("password", Map.of("password", "not the old one " + i)));
			if (i < 4) {
				assertThat(page).contains(msg("signin.error.credentials"));
			}
		}
		assertThat(page).contains("sign-in to this account is paused. Try again in 15 minutes");
		assertThat(this.legacy.consecutiveFailures(old.id())).isEqualTo(5);

		SigninDriver right = new SigninDriver(this.mvc, this.outbox);
		right.page("/sign-in");
		right.submit("username", Map.of("username", "reg10.locked"));
		MockHttpServletResponse locked = right.submit("password", Map.of("password", LegacyPeople.OLD_PASSWORD));
		assertThat(locked.getRedirectedUrl()).isNull();
		assertThat(text(locked.getContentAsString())).contains("sign-in to this account is paused")
			.doesNotContain("Move your e-Services account");

		this.clock.advance(Duration.ofMinutes(15));
		assertThat(legacySignIn(new SigninDriver(this.mvc, this.outbox), "reg10.locked", LegacyPeople.OLD_PASSWORD))
			.contains("Move your e-Services account to Secure Access");
		assertThat(this.legacy.consecutiveFailures(old.id())).isZero();
	}

	@Test
	@DisplayName("REG-10 and SIGN-4: a legacy username shows a decoy image and phrase that stay the same, like an unknown one")
	void REG_10_SIGN_4_whenALegacyUsernameIsTyped_thenAStableDecoyIsShownAndAWrongPasswordReadsAsForAnyName()
			throws Exception {
		LegacyPeople.legacyAccount(this.legacy, this.people.ordinary(55), "reg10.decoy");
		String first = passwordPage("reg10.decoy");
		String second = passwordPage("REG10.Decoy");
		assertThat(siteBlock(first)).isEqualTo(siteBlock(second)).contains("usa-icons/");
		assertThat(first).contains("Your site image and phrase");

		SigninDriver legacyName = new SigninDriver(this.mvc, this.outbox);
		legacyName.page("/sign-in");
		legacyName.submit("username", Map.of("username", "reg10.decoy"));
		SigninDriver unknown = new SigninDriver(this.mvc, this.outbox);
		unknown.page("/sign-in");
		unknown.submit("username", Map.of("username", "reg10.nobody.at.all"));
		assertThat(errorOf(legacyName.submitAndShow("password", Map.of("password", "wrong one"))))
			.isEqualTo(errorOf(unknown.submitAndShow("password", Map.of("password", "wrong one"))));
	}

	@Test
	@DisplayName("REG-10 and REG-9: signing in again with the old password continues where the move stopped")
	void REG_10_whenTheLegacyUserSignsInAgain_thenTheMoveResumesAtItsStep() throws Exception {
		SyntheticPerson person = this.people.ordinary(53);
		LegacyAccount old = LegacyPeople.legacyAccount(this.legacy, person, "reg10.resume");
		SigninDriver first = new SigninDriver(this.mvc, this.outbox);
		legacySignIn(first, old.username(), LegacyPeople.OLD_PASSWORD);
		String page = first.postAndShow("/sign-in/legacy",
				Map.of("step", "financial", "accountType", "CREDIT_CARD", "last8", "00000000"));
		assertThat(text(page)).contains(msg("register.financial.error.mismatch"));
		first.postAndShow("/sign-in/legacy", with(this.people.financial(person), "step", "financial"));

		SigninDriver reopened = new SigninDriver(this.mvc, this.outbox);
		assertThat(legacySignIn(reopened, old.username(), LegacyPeople.OLD_PASSWORD))
			.contains("Verify your mobile phone")
			.doesNotContain("Verify a financial account");
	}

	@Test
	@DisplayName("REG-7 and REG-10: no new registration may take a legacy username, which its owner keeps")
	void REG_7_REG_10_whenARegistrationChoosesALegacyUsername_thenItIsTaken() {
		LegacyPeople.legacyAccount(this.legacy, this.people.ordinary(54), "Reg10.Kept.Name");
		assertThat(this.usernames.check("reg10.kept.name").messageKeys()).contains("username.taken");
	}

	/** Username and old password at /sign-in; answers the first page of the move. */
	static String legacySignIn(SigninDriver browser, String username, String password) throws Exception {
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", username));
		MockHttpServletResponse response = browser.submit("password", Map.of("password", password));
		assertThat(response.getRedirectedUrl()).isEqualTo("/sign-in/legacy");
		return browser.page("/sign-in/legacy");
	}

	static Map<String, String> credentials(String password) {
		return Map.of("step", "password", "password", password, "passwordConfirm", password, "sitePhrase",
				"Blue kites over the river", "siteImage", "flight");
	}

	private static Map<String, String> with(Map<String, String> form, String key, String value) {
		return TestPeople.with(form, key, value);
	}

	private String passwordPage(String username) throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in");
		return browser.submitAndShow("username", Map.of("username", username));
	}

	private static String siteBlock(String page) {
		int start = page.indexOf("usa-summary-box__body");
		return page.substring(start, page.indexOf("</div>", page.indexOf("display-flex", start)));
	}

	private static String errorOf(String page) {
		String text = text(page);
		int start = text.indexOf("Please check");
		return (start < 0) ? "" : text.substring(start, Math.min(text.length(), start + 200));
	}

}
