package gov.irs.secureaccess.registration;

import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.support.OutboxCodes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: an impostor with a victim's full identity and card number but their own phone
 * ends with an account waiting on a code mailed to the victim. That account must not keep
 * the victim out (REG-6, REG-9): whoever then proves themselves (financial and a phone in
 * their name, or the mail path and their own letter) finishes, and the waiting account is
 * closed, audited and never usable; an e-Services user moves their account past it
 * (REG-10). TestPeople 122, 123, 124 and 127.
 */
class RegistrationWaitingAccountTest extends RegistrationTestBase {

	@Autowired
	LegacyAccounts legacy;

	private String statusOf(String username) {
		return this.jdbc.sql("select status from account where username_canonical = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

	private long idOf(String username) {
		return this.jdbc.sql("select id from account where username_canonical = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private long closings(long closed) {
		return this.jdbc
			.sql("select count(*) from audit_event where action = 'account.closed.superseded' and subject = :s")
			.param("s", "account:" + closed)
			.query(Long.class)
			.single();
	}

	/**
	 * The impostor: the victim's identity and card, their own email, no phone in the
	 * victim's name: the mail path.
	 */
	private void impostorWaitsOnTheLetter(SyntheticPerson victim, String username) throws Exception {
		RegistrationDriver impostor = browser();
		this.people.registerByMail(impostor, victim, "impostor." + username + "@example.test", username);
		assertThat(statusOf(username)).isEqualTo("AWAITING_ACTIVATION");
	}

	// REG-9, REG-5: the victim registers with a phone in their name: nothing stops them;
	// the waiting account closes
	// and its letter no longer opens anything
	@Test
	void REG_9_whenAnAccountWaitsOnALetterTheVictimNeverAskedFor_thenTheVictimFinishesByTextAndItIsClosed()
			throws Exception {
		SyntheticPerson victim = this.people.ordinary(122);
		impostorWaitsOnTheLetter(victim, "waiting.impostor122");
		long waiting = idOf("waiting.impostor122");

		RegistrationDriver browser = browser();
		String page = this.people.toIdentityPassed(browser, victim, "victim122@example.test");
		assertThat(text(page)).doesNotContain(msg("register.identity.error.alreadyRegistered"));
		this.people.registerBySmsFromFinancial(browser, victim, this.people.financial(victim), "victim.own122");

		assertThat(statusOf("victim.own122")).isEqualTo("ACTIVE");
		assertThat(statusOf("waiting.impostor122")).isEqualTo("CLOSED");
		assertThat(closings(waiting)).isEqualTo(1);
		assertThat(this.jdbc.sql("select ssn_hash from account where id = :id")
			.param("id", waiting)
			.query(String.class)
			.single()).startsWith("closed:" + waiting + ":");

		// Never usable: the impostor's credentials open no activation, and the letter's
		// code is void.
		RegistrationDriver impostor = browser();
		impostor.activationPage();
		String activation = impostor.activate("sign-in",
				Map.of("username", "waiting.impostor122", "password", "lantern maple harbor quietly"));
		assertThat(activation).doesNotContain("Enter your activation code").contains(msg("activate.error.notAwaiting"));
		assertThat(this.jdbc.sql("""
				select count(*) from one_time_code where subject = :s and used_at is null and voided_at is null""")
			.param("s", "account:" + waiting)
			.query(Long.class)
			.single()).as("the letter's code is void").isZero();

		// The person's own account is now their one account: a further registration is
		// told so.
		RegistrationDriver again = browser();
		again.start();
		again.submit("contact", TestPeople.contact(victim, "victim122.again@example.test"));
		again.submit("confirm-email", Map.of("code", again.latestCode(Channel.EMAIL, "victim122.again@example.test")));
		assertThat(text(again.submit("identity", TestPeople.identity(victim))))
			.contains(msg("register.identity.error.alreadyRegistered"));
	}

	// REG-6: the victim takes the mail path too: their registration replaces the waiting
	// one, and their own letter finishes their account
	@Test
	void REG_6_whenTheVictimTakesTheMailPathAgain_thenTheirOwnLetterFinishesAndTheWaitingAccountIsClosed()
			throws Exception {
		SyntheticPerson victim = this.people.ordinary(123);
		impostorWaitsOnTheLetter(victim, "waiting.impostor123");
		long waiting = idOf("waiting.impostor123");

		RegistrationDriver browser = browser();
		this.people.registerByMail(browser, victim, "victim123@example.test", "victim.own123");

		assertThat(statusOf("waiting.impostor123")).isEqualTo("CLOSED");
		assertThat(closings(waiting)).isEqualTo(1);
		assertThat(statusOf("victim.own123")).isEqualTo("AWAITING_ACTIVATION");
		String page = TestPeople.activate(browser, victim, "victim.own123", TestPeople.e164(victim));
		assertThat(page).doesNotContain("Enter your activation code");
		assertThat(statusOf("victim.own123")).isEqualTo("ACTIVE");
	}

	// REG-10 with REG-6: an e-Services user whose SSN has such a waiting account moves
	// their e-Services account (not a merge into the waiting one, whose password is the
	// impostor's), and the move closes it
	@Test
	void REG_10_whenAnEServicesUsersSsnHasAWaitingAccount_thenTheMoveIsNotAMergeAndClosesIt() throws Exception {
		SyntheticPerson victim = this.people.ordinary(127);
		impostorWaitsOnTheLetter(victim, "waiting.impostor127");
		long waiting = idOf("waiting.impostor127");
		LegacyAccount old = LegacyPeople.legacyAccount(this.legacy, victim, "reg10.waiting.user");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);

		String page = LegacyMigrationTest.legacySignIn(browser, old.username(), LegacyPeople.OLD_PASSWORD);
		assertThat(page).contains("Move your e-Services account to Secure Access");
		browser.postAndShow("/sign-in/legacy", TestPeople.with(this.people.financial(victim), "step", "financial"));
		browser.postAndShow("/sign-in/legacy", Map.of("step", "phone", "phone", TestPeople.phone(victim)));
		browser.postAndShow("/sign-in/legacy",
				Map.of("step", "confirm-phone", "code", OutboxCodes.latest(this.outbox, TestPeople.e164(victim))));
		MockHttpServletResponse done = browser.post("/sign-in/legacy",
				LegacyMigrationTest.credentials(LegacyMigrationTest.NEW_PASSWORD));

		assertThat(done.getRedirectedUrl()).isEqualTo("/sign-in/legacy/done");
		assertThat(statusOf("reg10.waiting.user")).isEqualTo("ACTIVE");
		assertThat(statusOf("waiting.impostor127")).isEqualTo("CLOSED");
		assertThat(closings(waiting)).isEqualTo(1);
	}

	// REG-6: the letter tells someone who never started a registration how to report it,
	// and that it stays unusable
	@Test
	void REG_6_whenTheLetterReachesSomeoneWhoNeverRegistered_thenItSaysHowToReportIt() throws Exception {
		SyntheticPerson victim = this.people.ordinary(124);
		impostorWaitsOnTheLetter(victim, "waiting.impostor124");

		String letter = browser().latest(Channel.LETTER, victim.taxRecord().name().fullName().toUpperCase(Locale.ROOT))
			.body();

		assertThat(letter).contains("If you did not start a registration")
			.contains("1-888-841-4648")
			.contains("Without this code nobody can use that registration");
	}

}
