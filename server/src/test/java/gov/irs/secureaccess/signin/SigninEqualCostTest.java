package gov.irs.secureaccess.signin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.accounts.legacy.LegacyPasswordScheme;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.accounts.password.PasswordHashingPool;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.TestSsns;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGN-4 and SIGN-5: the password step answers every refusal at the same cost, so its
 * timing says nothing about the name. Proven by counting the tasks the password hashing
 * pool runs for one submission on each path (timing itself is measured by hand against
 * the running jar, never in a unit test): locked or not, known or not, legacy or not.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SigninEqualCostTest {

	private static final AtomicInteger ADDRESS = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	LegacyAccounts legacyAccounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	PasswordHashingPool pool;

	@Test
	@DisplayName("SIGN-4, SIGN-5: every answer of the password step costs one password hash, whatever the name and its lock")
	void SIGN_4_SIGN_5_whenAPasswordIsSubmitted_thenEveryPathRunsExactlyOneHash() throws Exception {
		TestAccounts.Made known = TestAccounts.active(this.accounts, this.hasher, "cost.known");
		TestAccounts.Made locked = TestAccounts.active(this.accounts, this.hasher, "cost.locked");
		lock(locked.username());
		LegacyAccount legacy = legacy("cost.legacy");
		LegacyAccount lockedLegacy = legacy("cost.legacylocked");
		lock(lockedLegacy.username());
		lock("cost.unknown.locked");

		Map<String, Long> hashes = new LinkedHashMap<>();
		hashes.put("unknown name", hashesFor("cost.nobody", "wrong password here"));
		hashes.put("unknown name, looking locked", hashesFor("cost.unknown.locked", "wrong password here"));
		hashes.put("known name, wrong password", hashesFor(known.username(), "wrong password here"));
		hashes.put("known name, right password", hashesFor(known.username(), TestAccounts.PASSWORD));
		hashes.put("known name, 10,000 characters", hashesFor(known.username(), "x".repeat(10_000)));
		hashes.put("locked account, wrong password", hashesFor(locked.username(), "wrong password here"));
		hashes.put("locked account, right password", hashesFor(locked.username(), TestAccounts.PASSWORD));
		hashes.put("legacy name, wrong password", hashesFor(legacy.username(), "wrong password here"));
		hashes.put("locked legacy name, wrong password", hashesFor(lockedLegacy.username(), "wrong password here"));

		assertThat(hashes).as("password hashes run for one submission, per path")
			.allSatisfy((path, count) -> assertThat(count).as(path).isEqualTo(1L));
	}

	@Test
	void SIGN_5_whenTheAccountIsLocked_thenTheAnswerIsTheSameForTheRightAndTheWrongPasswordAndForAnUnknownName()
			throws Exception {
		TestAccounts.Made locked = TestAccounts.active(this.accounts, this.hasher, "cost.same");
		lock(locked.username());
		lock("cost.same.nobody");

		String right = page(locked.username(), TestAccounts.PASSWORD);
		String wrong = page(locked.username(), "wrong password here");
		String unknown = page("cost.same.nobody", "wrong password here");

		assertThat(right).contains("sign-in to this account is paused");
		assertThat(errorOf(wrong)).isEqualTo(errorOf(right)).isEqualTo(errorOf(unknown));
	}

	private long hashesFor(String username, String password) throws Exception {
		SigninDriver browser = browser();
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", username));
		long before = this.pool.admitted();
		MockHttpServletResponse response = browser.submit("password", Map.of("password", password));
		assertThat(response.getStatus()).isIn(200, 302);
		return this.pool.admitted() - before;
	}

	private String page(String username, String password) throws Exception {
		SigninDriver browser = browser();
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", username));
		return browser.submitAndShow("password", Map.of("password", password));
	}

	/** Five wrong passwords: the threshold that locks (SIGN-5). */
	private void lock(String username) throws Exception {
		SigninDriver browser = browser();
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", username));
		for (int i = 0; i < 5; i++) {
			browser.submit("password", Map.of("password", "not the password " + i));
		}
	}

	private LegacyAccount legacy(String username) {
		String hash = LegacyPasswordScheme.hash("quill harbor eServices 2017",
				username.getBytes(StandardCharsets.UTF_8), 1000);
		long id = this.legacyAccounts
			.add(new LegacyAccount(0, username, hash, "Lee", "Legacy", TestSsns.next(), username + "@example.test"));
		return this.legacyAccounts.findById(id).orElseThrow();
	}

	/**
	 * Each browser from its own address, so the per-address limit of one path never
	 * reaches another.
	 */
	private SigninDriver browser() {
		return new SigninDriver(this.mvc, this.outbox, "10.14.1." + ADDRESS.getAndIncrement());
	}

	private static String errorOf(String page) {
		int start = page.indexOf("usa-alert__text");
		return (start < 0) ? "" : page.substring(start, page.indexOf("</", start));
	}

}
