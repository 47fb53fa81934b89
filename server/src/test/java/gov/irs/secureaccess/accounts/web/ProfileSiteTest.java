package gov.irs.secureaccess.accounts.web;

import java.util.Map;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditEntry;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing the site image and phrase from the profile (REG-7, SIGN-4): validated, stored,
 * emailed (SIGN-9), audited.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ProfileSiteTest {

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

	SignedInBrowsers browsers;

	@BeforeEach
	void browsers() {
		this.browsers = new SignedInBrowsers(this.mvc, this.outbox, this.accounts, this.hasher);
	}

	@Test
	void SIGN_9_whenTheSiteImageAndPhraseChange_thenTheyAreStoredShownAtSignInAndOneEmailSaysSo() throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("site9");
		String form = person.browser().page("/account/site");
		assertThat(form).contains("<legend class=\"usa-legend\">Site image</legend>")
			.contains("value=\"Kites over the river\"")
			.contains("for=\"sitePhrase\"")
			.contains("usa-radio__input--tile");

		MockHttpServletResponse done = person.browser()
			.post("/account/site", Map.of("sitePhrase", "  Lanterns on the harbor  ", "siteImage", "eco"));

		assertThat(done.getRedirectedUrl()).isEqualTo("/account");
		assertThat(person.browser().page("/account"))
			.contains("Your site image and phrase were changed. We emailed you about the change.")
			.contains("Lanterns on the harbor")
			.contains("/uswds/img/usa-icons/eco");
		AccountLogin stored = this.accounts.findLogin(person.account().id()).orElseThrow();
		assertThat(stored.sitePhrase()).isEqualTo("Lanterns on the harbor");
		assertThat(stored.siteImage()).isEqualTo("eco");
		assertThat(this.browsers.emailsTo(person.email())).singleElement().satisfies((OutboxEntry email) -> {
			assertThat(email.template()).isEqualTo("security-notice.site_changed");
			assertThat(email.subject()).isEqualTo("A change to your Secure Access account");
			assertThat(email.body()).contains("The site image or phrase of your Secure Access account "
					+ person.account().username() + " was changed.");
		});
		assertThat(this.audit.forSubject("account:" + person.account().id(), 1)).singleElement()
			.satisfies((AuditEntry entry) -> {
				assertThat(entry.action()).isEqualTo("site.changed");
				assertThat(entry.sourceAddress()).isEqualTo("127.0.0.1");
			});

		SigninDriver next = new SigninDriver(this.mvc, this.outbox);
		next.page("/sign-in");
		assertThat(next.submitAndShow("username", Map.of("username", person.account().username())))
			.contains("Lanterns on the harbor")
			.contains("/uswds/img/usa-icons/eco");
	}

	@Test
	void REG_7_whenThePhraseIsEmptyOrOverSixtyCharactersOrTheImageIsNotInTheGallery_thenNothingChanges()
			throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("site7");

		assertThat(person.browser().postAndShow("/account/site", Map.of("sitePhrase", "   ", "siteImage", "eco")))
			.contains("Enter a site phrase of up to 60 characters.");
		assertThat(
				person.browser().postAndShow("/account/site", Map.of("sitePhrase", "x".repeat(61), "siteImage", "eco")))
			.contains("Enter a site phrase of up to 60 characters.")
			.contains("value=\"" + "x".repeat(61) + "\"");
		assertThat(person.browser()
			.postAndShow("/account/site", Map.of("sitePhrase", "A fine phrase", "siteImage", "../../etc/passwd")))
			.contains("Choose a site image.")
			.contains("value=\"A fine phrase\"");
		person.browser().page("/account/site?lang=es");
		assertThat(person.browser().postAndShow("/account/site", Map.of("sitePhrase", "", "siteImage", "eco")))
			.contains("Escriba una frase del sitio de hasta 60 caracteres.");

		assertThat(person.browser()
			.post("/account/site", Map.of("sitePhrase", "y".repeat(60), "siteImage", "star"))
			.getRedirectedUrl()).isEqualTo("/account");
		AccountLogin stored = this.accounts.findLogin(person.account().id()).orElseThrow();
		assertThat(stored.sitePhrase()).isEqualTo("y".repeat(60));
		assertThat(this.browsers.emailsTo(person.email())).hasSize(1);
	}

}
