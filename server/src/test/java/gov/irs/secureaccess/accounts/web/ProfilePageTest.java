package gov.irs.secureaccess.accounts.web;

import gov.irs.secureaccess.accounts.AccountProfile;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile page: who the person is and how they sign in, never the SSN or the whole
 * phone number.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ProfilePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	SignedInBrowsers browsers;

	@BeforeEach
	void browsers() {
		this.browsers = new SignedInBrowsers(this.mvc, this.outbox, this.accounts, this.hasher);
	}

	@Test
	void DATA_3_whenTheProfileIsShown_thenItHasNameUsernameLevelSiteAndTheLastFourPhoneDigitsButNeverTheSsnOrWholePhone()
			throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("profile");
		AccountProfile profile = this.accounts.profile(person.account().id());
		String phone = person.account().phone();
		String lastFour = phone.substring(phone.length() - 4);

		String page = person.browser().page("/account");

		assertThat(page).contains("Your profile")
			.contains(profile.firstName() + " " + profile.lastName())
			.contains("You are signed in as " + person.account().username())
			.contains("Level 3 of 3")
			.contains("Ending in " + lastFour)
			.contains("Kites over the river")
			.contains("/uswds/img/usa-icons/flight")
			.contains("href=\"/account/site\"", "href=\"/account/password\"", "href=\"/account/history\"")
			.contains("action=\"/sign-out\"");
		String ssn = profile.ssn();
		assertThat(page).doesNotContain(ssn)
			.doesNotContain(ssn.replace("-", ""))
			.doesNotContain(phone)
			.doesNotContain(phone.substring(2))
			.doesNotContain(phone.substring(2, 5) + "-" + phone.substring(5, 8))
			.doesNotContain("555-" + lastFour)
			.doesNotContain("555" + lastFour);
	}

	@Test
	void whenSpanishIsChosen_thenTheProfileIsInSpanish() throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("perfil");

		assertThat(person.browser().page("/account?lang=es")).contains("Su perfil")
			.contains("Nivel 3 de 3")
			.contains("Termina en ")
			.contains("Cambiar su contraseña")
			.contains("Cerrar sesión");
	}

	@Test
	void whenSignedOutFromTheProfile_thenTheAccountPagesAskForSignInAgain() throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("profileout");

		assertThat(person.browser().post("/sign-out").getRedirectedUrl()).isEqualTo("/sign-in?signedOut");

		assertThat(person.browser().get("/account").getRedirectedUrl()).endsWith("/sign-in");
		assertThat(person.browser().get("/account/history").getRedirectedUrl()).endsWith("/sign-in");
	}

}
