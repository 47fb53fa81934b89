package gov.irs.secureaccess.registration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-2 (no oracle, bounded attempts) and REG-3 (differences of form, not of place) at
 * the identity step.
 */
class RegistrationIdentityTest extends RegistrationTestBase {

	private static final Pattern ERROR = Pattern.compile("(?s)id=\"error-summary\">(.*?)</div>\\s*</div>");

	static final String MISMATCH = "We could not verify your identity with the information you entered. Check that your name, SSN, date of birth, filing status and address are exactly as on your last filed return";

	private RegistrationDriver atIdentity(SyntheticPerson person, String email) throws Exception {
		RegistrationDriver browser = browser();
		browser.start();
		browser.submit("contact", TestPeople.contact(person, email));
		assertThat(browser.submit("confirm-email", Map.of("code", browser.latestCode(Channel.EMAIL, email))))
			.contains("Verify your identity");
		return browser;
	}

	private static String errorOf(String page) {
		Matcher matcher = ERROR.matcher(page);
		assertThat(matcher.find()).as("an error on the page").isTrue();
		return text(matcher.group(1));
	}

	// REG-2, REG-9: three different mismatches read the same; the third ends the step
	// with the other ways.
	@Test
	void REG_2_whenDobFilingStatusOrAddressIsWrong_thenTheSameMessageNamesNoFieldAndTheThirdShowsTheOtherWays()
			throws Exception {
		SyntheticPerson tyler = this.people.demo(11);
		RegistrationDriver browser = atIdentity(tyler, "reg2.tyler@example.test");
		Map<String, String> right = TestPeople.identity(tyler);
		List<Map<String, String>> wrong = List.of(TestPeople.with(right, "dobDay", "16"),
				TestPeople.with(right, "filingStatus", "MARRIED_FILING_JOINTLY"),
				TestPeople.with(right, "line1", "9 Cottonwood Ln"));

		List<String> errors = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String page = browser.submit("identity", wrong.get(i));
			assertThat(page).contains("Verify your identity");
			errors.add(errorOf(page));
		}
		assertThat(errors.get(0)).contains(MISMATCH)
			.contains("You can try 2 more times before")
			.doesNotContainIgnoringCase("date of birth is")
			.doesNotContainIgnoringCase("wrong");
		assertThat(errors.get(1)).contains(MISMATCH).contains("You can try 1 more time before");
		assertThat(errors.get(1).replace("1 more time", "2 more times")).isEqualTo(errors.get(0));

		String exhausted = text(browser.submit("identity", wrong.get(2)));
		assertThat(exhausted).contains("We could not verify you online this time")
			.contains(msg("register.exhausted.identity"))
			.contains("call the e-Help Desk at 1-888-841-4648")
			.contains("in person at a Taxpayer Assistance Center")
			.doesNotContain(msg("register.phone.mailButton"));
		// Even the right answers are not taken any more.
		assertThat(text(browser.submit("identity", right))).contains("We could not verify you online this time");

		assertThat(
				this.jdbc.sql("select reason from funnel_event where journey_id = :id and event = 'FAILED' order by id")
					.param("id", browser.journeyId())
					.query(String.class)
					.list())
			.containsExactly("identity.date-of-birth", "identity.filing-status", "identity.address");
	}

	// REG-3
	@Test
	void REG_3_whenTheUnitIsOnLine1InLongFormWithA5DigitZip_thenTheAddressMatchesButAnotherNumberDoesNot()
			throws Exception {
		SyntheticPerson marcus = this.people.demo(2);
		RegistrationDriver browser = atIdentity(marcus, "reg3.marcus@example.test");
		Map<String, String> typed = TestPeople.with(TestPeople.identity(marcus), "line1",
				"2200 Pine Street Apartment 5C", "line2", "", "postalCode", "98101");

		String page = text(
				browser.submit("identity", TestPeople.with(typed, "line1", "2202 Pine Street Apartment 5C")));
		assertThat(page).contains(MISMATCH).contains("Verify your identity");

		assertThat(browser.submit("identity", typed)).contains("Verify a financial account");
	}

	// REG-3 (seed 001: "Toronto" vs "Canada")
	@Test
	void REG_3_whenCityAndCountryOfACanadianAddressAreSwapped_thenTheAddressMatches() throws Exception {
		SyntheticPerson sophie = this.people.demo(3);
		RegistrationDriver browser = atIdentity(sophie, "reg3.sophie@example.test");
		Map<String, String> typed = TestPeople.with(TestPeople.identity(sophie), "city", "Canada", "country",
				"Montréal");

		assertThat(browser.submit("identity", typed)).contains("Verify a financial account");
	}

	// REG-2: the demo people whose return carries a middle initial and a suffix, typed as
	// docs/demo-people.md lists them.
	@Test
	void REG_2_whenDemoPeopleWithAMiddleInitialOrSuffixTypeTheirNameAsListed_thenTheIdentityMatches() throws Exception {
		SyntheticPerson marcus = this.people.demo(2);
		SyntheticPerson robert = this.people.demo(14);
		List<Map<String, String>> typings = List.of(Map.of("firstName", "Marcus", "middleName", "J", "lastName", "Lee"),
				Map.of("firstName", "Marcus J", "lastName", "Lee"), Map.of("firstName", "Marcus", "lastName", "Lee"));
		List<Map<String, String>> robertTypings = List.of(
				Map.of("firstName", "Robert", "middleName", "A", "lastName", "Johnson", "suffix", "JR"),
				Map.of("firstName", "Robert", "middleName", "A.", "lastName", "Johnson Jr."),
				Map.of("firstName", "Robert", "lastName", "Johnson"));
		int n = 0;
		for (Map<String, String> name : typings) {
			assertThat(identityPageAfter(marcus, name, "reg2.marcus" + (n++) + "@example.test"))
				.as("Marcus J Lee typed as %s", name)
				.contains("Verify a financial account");
		}
		for (Map<String, String> name : robertTypings) {
			assertThat(identityPageAfter(robert, name, "reg2.robert" + (n++) + "@example.test"))
				.as("Robert A Johnson JR typed as %s", name)
				.contains("Verify a financial account");
		}
	}

	// REG-2: a different middle initial or suffix is another person, and says no more
	// than any other mismatch.
	@Test
	void REG_2_whenTheMiddleInitialOrSuffixDiffers_thenTheSameMismatchAsAnyOtherField() throws Exception {
		SyntheticPerson robert = this.people.demo(14);

		assertThat(text(identityPageAfter(robert,
				Map.of("firstName", "Robert", "middleName", "B", "lastName", "Johnson"), "reg2.robert.b@example.test")))
			.contains(MISMATCH);
		assertThat(text(identityPageAfter(robert, Map.of("firstName", "Robert", "lastName", "Johnson", "suffix", "Sr."),
				"reg2.robert.sr@example.test")))
			.contains(MISMATCH);
	}

	private String identityPageAfter(SyntheticPerson person, Map<String, String> name, String email) throws Exception {
		RegistrationDriver browser = browser();
		browser.start();
		Map<String, String> contact = new HashMap<>(name);
		contact.put("email", email);
		browser.submit("contact", contact);
		assertThat(browser.submit("confirm-email", Map.of("code", browser.latestCode(Channel.EMAIL, email))))
			.contains("Verify your identity");
		return browser.submit("identity", TestPeople.identity(person));
	}

}
