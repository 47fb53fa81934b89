package gov.irs.secureaccess.signin;

import java.util.Map;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGN-5: failures are counted per source address too; {@code failures-per-address} (50
 * by default) failures are let through in a window, and not one more.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SigninAddressLimitTest {

	private static final String ADDRESS = "10.14.7.50";

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	SigninProperties properties;

	@Test
	@DisplayName("SIGN-5: with failures-per-address 50, fifty failures from one address are answered and the 51st is refused")
	void SIGN_5_whenTheAddressHasFailedAsOftenAsAllowed_thenTheNextTryIsRefusedEvenWithTheRightPassword()
			throws Exception {
		int allowed = this.properties.failuresPerAddress();
		assertThat(allowed).isEqualTo(50);
		for (int i = 1; i <= allowed; i++) {
			assertThat(tryOnce("limit.nobody" + i, "wrong password here")).as("failure %d of %d", i, allowed)
				.contains("The username or password is not right");
		}
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "limit.real");

		String refused = tryOnce(account.username(), TestAccounts.PASSWORD);

		assertThat(refused).contains("sign-in to this account is paused").doesNotContain("Enter your security code");
		assertThat(new SigninDriver(this.mvc, this.outbox, "10.14.7.51")
			.signIn(account.username(), TestAccounts.PASSWORD, account.phone())
			.getRedirectedUrl()).as("another address is not limited").isEqualTo("/account");
	}

	private String tryOnce(String username, String password) throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox, ADDRESS);
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", username));
		return browser.submitAndShow("password", Map.of("password", password));
	}

}
