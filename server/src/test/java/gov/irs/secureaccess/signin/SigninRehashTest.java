package gov.irs.secureaccess.signin;

import java.util.Map;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.Argon2Cost;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.accounts.password.PasswordHashingPool;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PW-3: the cost is stored beside each hash "so costs can rise later": a hash made at a
 * lower cost than today's settings is made again at today's cost when the person next
 * signs in with the right password, and only then.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SigninRehashTest {

	private static final Argon2Cost OLD = new Argon2Cost(1024, 1, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	PasswordHashingPool pool;

	@Test
	@DisplayName("PW-3: a right password stored at an older, lower cost is stored again at today's cost; a wrong one changes nothing")
	void PW_3_whenTheRightPasswordMeetsAnOlderCost_thenItIsHashedAgainAtTodaysCost() throws Exception {
		String old = new PasswordHasher(OLD, this.pool).hash(TestAccounts.PASSWORD);
		TestAccounts.Made right = TestAccounts.active(this.accounts, this.hasher, "rehash.right");
		TestAccounts.Made wrong = TestAccounts.active(this.accounts, this.hasher, "rehash.wrong");
		this.accounts.updatePasswordHash(right.id(), old);
		this.accounts.updatePasswordHash(wrong.id(), old);

		passwordStep(right.username(), TestAccounts.PASSWORD, "10.15.1.1");
		passwordStep(wrong.username(), "not the password at all", "10.15.1.2");

		String raised = this.accounts.findLogin(right.id()).orElseThrow().passwordHash();
		assertThat(raised).isNotEqualTo(old).doesNotContain("m=1024,t=1");
		assertThat(this.hasher.needsRehash(raised)).isFalse();
		assertThat(this.hasher.verify(TestAccounts.PASSWORD, raised)).isTrue();
		assertThat(this.accounts.findLogin(wrong.id()).orElseThrow().passwordHash()).isEqualTo(old);
	}

	private void passwordStep(String username, String password, String address) throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox, address);
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", username));
		browser.submit("password", Map.of("password", password));
	}

}
