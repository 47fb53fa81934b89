package gov.irs.secureaccess.factors.passkey.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.accounts.web.SignedInBrowsers;
import gov.irs.secureaccess.audit.AuditEntry;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.factors.passkey.Passkeys;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys on the profile page and at the code step, server side: the ceremony options,
 * forged answers refused (nothing stored; at sign-in a failed attempt), rename and
 * removal only of one's own passkeys, removal emailed (SIGN-9) and audited (DATA-4). A
 * real ceremony is in {@code PasskeyBrowserTest}.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PasskeyProfileTest {

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
	Passkeys passkeys;

	@Autowired
	JdbcClient jdbc;

	SignedInBrowsers browsers;

	@BeforeEach
	void browsers() {
		this.browsers = new SignedInBrowsers(this.mvc, this.outbox, this.accounts, this.hasher);
	}

	@Test
	void whenAPasskeyIsAsked_thenTheOptionsRequireUserVerificationAndAFreshChallenge() throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("pkopt");
		assertThat(person.browser().page("/account")).contains("href=\"/account/passkeys\"");
		String page = person.browser().page("/account/passkeys");
		assertThat(page).contains("You have no passkeys yet.").contains("data-passkey-ceremony=\"create\" hidden");
		MockHttpServletResponse first = person.browser().post("/account/passkeys/options");
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getHeader("Cache-Control")).contains("no-store");
		String json = first.getContentAsString();
		assertThat(json).contains("\"userVerification\":\"required\"")
			.contains("\"attestation\":\"none\"")
			.contains("\"id\":\"localhost\"")
			.contains("\"name\":\"" + person.account().username() + "\"")
			.doesNotContain("\"id\":\"" + person.account().id() + "\"");
		String second = person.browser().post("/account/passkeys/options").getContentAsString();
		assertThat(challenge(second)).isNotEqualTo(challenge(json));
		assertThat(Passkeys.decode(challenge(json))).hasSize(32);
	}

	@Test
	void whenTheRegistrationAnswerIsForged_thenNothingIsStoredAndTheFailureIsAudited() throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("pkforged");
		person.browser().post("/account/passkeys/options");
		String page = person.browser()
			.postAndShow("/account/passkeys/add", Map.of("name", "Mine", "credential",
					"{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"e30\","
							+ "\"attestationObject\":\"oA\"},\"clientExtensionResults\":{}}"));
		assertThat(page).contains("could not be checked");
		assertThat(this.passkeys.count(person.account().id())).isZero();
		assertThat(this.audit.forSubject("account:" + person.account().id(), 20)).extracting(AuditEntry::action)
			.contains("passkey.add.failed");

		// Without a challenge from this session (or a second time with the same one)
		// nothing is even looked at.
		assertThat(person.browser().postAndShow("/account/passkeys/add", Map.of("name", "x", "credential", "{}")))
			.contains("could not be checked");
	}

	@Test
	void SIGN_9_whenAPasskeyIsRenamedOrRemoved_thenOnlyItsOwnerCan_andTheRemovalIsEmailedAndAudited() throws Exception {
		SignedInBrowsers.Person owner = this.browsers.signedIn("pkowner");
		SignedInBrowsers.Person other = this.browsers.signedIn("pkother");
		long passkey = storePasskey(owner.account().id(), "Office key");
		assertThat(owner.browser().page("/account/passkeys")).contains("Office key").contains("Never");

		other.browser().post("/account/passkeys/" + passkey + "/rename", Map.of("name", "Stolen"));
		other.browser().post("/account/passkeys/" + passkey + "/remove");
		assertThat(this.passkeys.list(owner.account().id())).extracting(Passkeys.Passkey::name)
			.containsExactly("Office key");

		assertThat(owner.browser().postAndShow("/account/passkeys/" + passkey + "/rename", Map.of("name", " ")))
			.contains("Enter a name of 1 to 60 characters.");
		owner.browser().post("/account/passkeys/" + passkey + "/rename", Map.of("name", "Desk key"));
		assertThat(owner.browser().page("/account/passkeys")).contains("Desk key").doesNotContain("Office key");

		assertThat(owner.browser().post("/account/passkeys/" + passkey + "/remove").getRedirectedUrl())
			.isEqualTo("/account/passkeys");
		assertThat(this.passkeys.count(owner.account().id())).isZero();
		assertThat(this.browsers.emailsTo(owner.email())).anyMatch(
				(mail) -> mail.template().equals("security-notice.passkey_removed") && mail.body().contains("passkey"));
		assertThat(this.audit.forSubject("account:" + owner.account().id(), 20)).extracting(AuditEntry::action)
			.contains("passkey.removed");
	}

	@Test
	void SIGN_1_whenThePasskeyAnswerAtTheCodeStepIsForged_thenItIsAFailedAttemptAndNoSession() throws Exception {
		TestAccounts.Made withPasskey = this.browsers.newAccount("pksignin");
		storePasskey(withPasskey.id(), "Phone");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in");
		assertThat(browser.post("/sign-in/passkey/options").getStatus()).as("not at the code step").isEqualTo(404);
		browser.submit("username", Map.of("username", withPasskey.username()));
		browser.submit("password", Map.of("password", TestAccounts.PASSWORD));
		assertThat(browser.page("/sign-in")).contains("id=\"passkey-signin\"").contains("Use a passkey");
		MockHttpServletResponse options = browser.post("/sign-in/passkey/options");
		assertThat(options.getStatus()).isEqualTo(200);
		assertThat(options.getContentAsString()).contains("\"allowCredentials\":[{\"type\":\"public-key\"")
			.contains("\"userVerification\":\"required\"");

		String page = browser.submitAndShow("code", Map.of("passkey", "{\"id\":\"AQID\",\"rawId\":\"AQID\","
				+ "\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"e30\",\"authenticatorData\":\"AA\","
				+ "\"signature\":\"AA\"},\"clientExtensionResults\":{}}"));
		assertThat(page).contains("That passkey could not be checked.");
		assertThat(browser.get("/account").getStatus()).as("not signed in").isEqualTo(302);
		assertThat(this.audit.forSubject("account:" + withPasskey.id(), 20)).extracting(AuditEntry::action)
			.contains("signin.code.failed");

		TestAccounts.Made without = this.browsers.newAccount("pknone");
		SigninDriver plain = new SigninDriver(this.mvc, this.outbox);
		plain.page("/sign-in");
		plain.submit("username", Map.of("username", without.username()));
		plain.submit("password", Map.of("password", TestAccounts.PASSWORD));
		assertThat(plain.page("/sign-in")).doesNotContain("passkey-signin");
		assertThat(plain.post("/sign-in/passkey/options").getStatus()).isEqualTo(404);
	}

	/**
	 * A stored passkey row (its key data is never parsed by the list, rename or removal).
	 */
	private long storePasskey(long accountId, String name) {
		return this.jdbc.sql("""
				insert into passkey_credential (account_id, credential_id, name, attested_credential, sign_count,
				    uv_initialized, backup_eligible, backed_up, created_at)
				values (:account, :credential, :name, :attested, 0, true, false, false, :now) returning id
				""")
			.param("account", accountId)
			.param("credential", this.passkeys.newChallenge())
			.param("name", name)
			.param("attested", new byte[] { 1, 2, 3 })
			.param("now", Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
	}

	private static String challenge(String json) {
		int start = json.indexOf("\"challenge\":\"") + 13;
		return json.substring(start, json.indexOf('"', start));
	}

}
