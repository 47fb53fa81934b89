package gov.irs.secureaccess.accounts.web;

import java.util.List;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.signin.TestAccounts;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test fixtures for the account pages: a fresh active account, signed in in a browser,
 * agreement accepted.
 */
public final class SignedInBrowsers {

	private final MockMvc mvc;

	private final OutboxReader outbox;

	private final Accounts accounts;

	private final PasswordHasher hasher;

	public SignedInBrowsers(MockMvc mvc, OutboxReader outbox, Accounts accounts, PasswordHasher hasher) {
		this.mvc = mvc;
		this.outbox = outbox;
		this.accounts = accounts;
		this.hasher = hasher;
	}

	public record Person(TestAccounts.Made account, SigninDriver browser) {

		public String email() {
			return this.account.username() + "@example.test";
		}

	}

	public TestAccounts.Made newAccount(String prefix) {
		return TestAccounts.active(this.accounts, this.hasher, prefix);
	}

	/** Signs in without accepting the agreement (SIGN-8 tests). */
	public SigninDriver signIn(TestAccounts.Made account) throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		assertThat(browser.signIn(account.username(), TestAccounts.PASSWORD, account.phone()).getRedirectedUrl())
			.isEqualTo("/account");
		return browser;
	}

	/** A new account, signed in, the agreement accepted: the account pages are open. */
	public Person signedIn(String prefix) throws Exception {
		TestAccounts.Made account = newAccount(prefix);
		SigninDriver browser = signIn(account);
		browser.acceptAgreement();
		assertThat(browser.get("/account").getStatus()).isEqualTo(200);
		return new Person(account, browser);
	}

	/** The emails queued to an address, newest first. */
	public List<OutboxEntry> emailsTo(String address) {
		return this.outbox.newest(1000)
			.stream()
			.filter((entry) -> entry.channel() == Channel.EMAIL && address.equals(entry.recipient()))
			.toList();
	}

}
