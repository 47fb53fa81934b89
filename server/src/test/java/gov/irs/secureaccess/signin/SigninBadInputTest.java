package gov.irs.secureaccess.signin;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.TestSsns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sign-in under bad input: clear messages, no 500, no way around the second factor
 * (SIGN-1, SIGN-5, PW-1).
 */
@IntegrationTest
@AutoConfigureMockMvc
class SigninBadInputTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Test
	void SIGN_5_whenThePasswordIsTenThousandCharacters_thenItIsAWrongPasswordNotAnError() throws Exception {
		TestAccounts.Made account = TestAccounts.active(this.accounts, this.hasher, "bad.long");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", account.username()));

		MockHttpServletResponse response = browser.submit("password", Map.of("password", "x".repeat(10_000)));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("The username or password is not right");
	}

	@Test
	void SIGN_1_whenAnotherAccountsCodeIsTyped_thenItIsRefused() throws Exception {
		TestAccounts.Made mine = TestAccounts.active(this.accounts, this.hasher, "bad.mine");
		TestAccounts.Made theirs = TestAccounts.active(this.accounts, this.hasher, "bad.theirs");
		SigninDriver their = new SigninDriver(this.mvc, this.outbox);
		their.page("/sign-in");
		their.submit("username", Map.of("username", theirs.username()));
		their.submit("password", Map.of("password", TestAccounts.PASSWORD));
		SigninDriver me = new SigninDriver(this.mvc, this.outbox);
		me.page("/sign-in");
		me.submit("username", Map.of("username", mine.username()));
		me.submit("password", Map.of("password", TestAccounts.PASSWORD));

		String page = me.submitAndShow("code", Map.of("code", their.latestSmsCode(theirs.phone())));

		assertThat(page).contains("That is not the code we sent");
	}

	// PW-1: passwords are compared in their NFKC form, so the same text typed with
	// composed or decomposed accents works.
	@Test
	void PW_1_whenAnAccentedPasswordIsTypedDecomposed_thenItStillSignsIn() throws Exception {
		String password = "Café crème für alle 2026";
		long id = this.accounts.create(new NewAccount("bad.unicode", "bad.unicode@example.test", "Zoë", "Ng",
				LocalDate.of(1990, 2, 2), TestSsns.next(), this.hasher.hash(password), "Café", "eco", "+12025558001",
				AccountStatus.ACTIVE, 3, "tax-record,financial,sms", Map.of()));
		assertThat(id).isPositive();
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);

		MockHttpServletResponse done = browser.signIn("bad.unicode",
				Normalizer.normalize(password, Normalizer.Form.NFD), "+12025558001");

		assertThat(done.getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void whenASignInFormIsPostedWithoutItsCsrfToken_thenItIsRefusedWithAPageNotAnError() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/sign-in").param("step", "username").param("username", "someone"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(403);
	}

}
