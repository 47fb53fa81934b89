package gov.irs.secureaccess.registration;

import java.util.Map;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people (and attackers) type: each bad value gets a clear message on the page, HTTP
 * 200 and never a 500, and the registration stays at its step. Also double submits and
 * codes from another registration.
 */
class RegistrationBadInputTest extends RegistrationTestBase {

	private static final String LONG = "x".repeat(10_000);

	private String refused(RegistrationDriver browser, String step, Map<String, String> fields, String heading)
			throws Exception {
		MockHttpServletResponse response = browser.submitRaw(step, fields);
		assertThat(response.getStatus()).as(fields.toString().substring(0, Math.min(120, fields.toString().length())))
			.isEqualTo(200);
		String page = response.getContentAsString();
		assertThat(text(page)).contains("Please check what you entered").contains(heading);
		assertThat(text(browser.pageText())).as("still at the step").contains(heading);
		return page;
	}

	private static Map<String, String> contact(String first, String last, String email) {
		return Map.of("firstName", first, "lastName", last, "email", email);
	}

	@Test
	void whenTheContactFormIsBad_thenEachValueGetsItsMessageAndTheStepStays() throws Exception {
		RegistrationDriver browser = browser();
		browser.start();
		String step = "Your name and email";
		assertThat(text(refused(browser, "contact", contact("Ada", "Lovelace", "ada@"), step)))
			.contains("Enter an email address with a domain, like name@example.com.");
		assertThat(text(refused(browser, "contact", contact("Ada", "Lovelace", "ada@example"), step)))
			.contains("Enter an email address with a domain, like name@example.com.");
		// Issue 12: the message names the field that is too long, and the page marks that
		// field.
		String tooLong = refused(browser, "contact", contact(LONG, "Lovelace", "ada@example.test"), step);
		assertThat(text(tooLong))
			.contains("“First name” is too long: it can hold at most 200 characters. Please shorten it and try again.");
		assertThat(tooLong).contains("id=\"firstName-error\"")
			.contains("aria-invalid=\"true\"")
			.containsPattern("class=\"usa-input usa-input--error\"[^>]*id=\"firstName\"")
			.doesNotContainPattern("id=\"lastName\"[^>]*aria-invalid");

		String script = refused(browser, "contact",
				contact("<script>alert(1)</script>", "Lovelace", "ada@example.test"), step);
		assertThat(text(script)).contains("Names can contain letters, spaces, hyphens, apostrophes and periods.");
		assertThat(script).doesNotContain("<script>alert(1)</script>");
		assertThat(text(
				refused(browser, "contact", contact("Robert", "'; drop table account; --", "ada@example.test"), step)))
			.contains("Names can contain letters, spaces, hyphens, apostrophes and periods.");
		assertThat(this.jdbc.sql("select count(*) from account").query(Long.class).single()).isNotNegative();
		assertThat(sentTo(Channel.EMAIL, "ada@example")).isZero();

		// An accented, hyphenated name is a name.
		String page = text(browser.submit("contact", contact("José", "Núñez-García", "jose.nunez@example.test")));
		assertThat(page).contains("Confirm your email").contains("jose.nunez@example.test");
	}

	@Test
	void whenTheIdentityFormIsBad_thenEachValueGetsItsMessageAndNoAttemptIsSpent() throws Exception {
		SyntheticPerson person = this.people.ordinary(10);
		RegistrationDriver browser = browser();
		browser.start();
		browser.submit("contact", TestPeople.contact(person, "bad.identity@example.test"));
		browser.submit("confirm-email", Map.of("code", browser.latestCode(Channel.EMAIL, "bad.identity@example.test")));
		Map<String, String> right = TestPeople.identity(person);
		String step = "Verify your identity";

		assertThat(text(refused(browser, "identity", TestPeople.with(right, "ssn", "12-3456"), step)))
			.contains("Enter a 9-digit Social Security number or ITIN, like 123-45-6789.");
		assertThat(text(refused(browser, "identity", TestPeople.with(right, "dobMonth", "2", "dobDay", "30"), step)))
			.contains("Enter your date of birth as a real date: month, day and 4-digit year.");
		assertThat(text(refused(browser, "identity", TestPeople.with(right, "dobYear", "2999"), step)))
			.contains("Your date of birth must be in the past.");
		String tooLong = refused(browser, "identity", TestPeople.with(right, "line1", LONG), step);
		assertThat(text(tooLong)).contains("“Street address” is too long: it can hold at most 200 characters.");
		assertThat(tooLong).contains("id=\"line1-error\"");
		assertThat(text(refused(browser, "identity",
				TestPeople.with(right, "filingStatus", "'; drop table journey; --"), step)))
			.contains("Select the filing status of your last return.");

		// Four mistakes of form, none a failed check: the right answers still pass (3
		// attempts untouched).
		assertThat(browser.submit("identity", right)).contains("Verify a financial account");
	}

	@Test
	void whenAPhoneOfAnotherCountryIsGiven_thenOnlyUsNumbersAreAccepted() throws Exception {
		SyntheticPerson person = this.people.ordinary(11);
		RegistrationDriver browser = browser();
		this.people.toPhoneStep(browser, person, "bad.phone@example.test");
		// A phone of another country is no typing mistake: the heading does not say to
		// check what was entered.
		String page = text(browser.submit("phone", Map.of("phone", "+44 20 7946 0958")));
		assertThat(page).contains("Verify your mobile phone")
			.contains("We can’t continue this way")
			.doesNotContain("Please check what you entered")
			.contains("Only U.S. mobile numbers can be used. You can receive an activation code by mail instead.");
		assertThat(text(refused(browser, "phone", Map.of("phone", LONG), "Verify your mobile phone")))
			.contains("Enter a 10-digit U.S. phone number");
	}

	@Test
	void whenAStepIsSubmittedTwice_thenTheSecondShowsTheCurrentStepWithTheAlreadyFinishedNotice() throws Exception {
		RegistrationDriver browser = browser();
		browser.start();
		Map<String, String> form = contact("Grace", "Hopper", "double.submit@example.test");
		browser.submit("contact", form);
		String page = text(browser.submit("contact", form));
		assertThat(page).contains("You had already finished that step. Here is where you are now.")
			.contains("Confirm your email");
		assertThat(sentTo(Channel.EMAIL, "double.submit@example.test")).as("one code, not two").isEqualTo(1);
	}

	@Test
	void whenACodeFromAnotherRegistrationIsTyped_thenItIsRefused() throws Exception {
		RegistrationDriver mine = browser();
		mine.start();
		mine.submit("contact", contact("Alan", "Turing", "code.mine@example.test"));
		RegistrationDriver other = browser();
		other.start();
		other.submit("contact", contact("Alan", "Turing", "code.other@example.test"));
		String otherCode = other.latestCode(Channel.EMAIL, "code.other@example.test");
		String myCode = mine.latestCode(Channel.EMAIL, "code.mine@example.test");

		if (!otherCode.equals(myCode)) {
			String page = text(mine.submit("confirm-email", Map.of("code", otherCode)));
			assertThat(page).contains("That code is not the one we sent.").contains("Confirm your email");
		}
		assertThat(mine.submit("confirm-email", Map.of("code", myCode))).contains("Verify your identity");
		assertThat(other.submit("confirm-email", Map.of("code", otherCode))).contains("Verify your identity");
	}

}
