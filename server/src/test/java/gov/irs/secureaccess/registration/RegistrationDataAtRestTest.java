package gov.irs.secureaccess.registration;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DATA-1 (PII encrypted at rest, look-ups by keyed hash) and DATA-5 (one-time codes only
 * as keyed hashes).
 */
class RegistrationDataAtRestTest extends RegistrationTestBase {

	private List<String> rowsAsText(String sql, Object id) {
		return this.jdbc.sql("select t::text from (" + sql + ") t").param("id", id).query(String.class).list();
	}

	// DATA-1
	@Test
	void DATA_1_whenAPersonHasRegistered_thenTheAccountAndJourneyRowsHoldNoSsnEmailPhoneOrNameInClear()
			throws Exception {
		SyntheticPerson james = this.people.demo(7);
		RegistrationDriver browser = browser();
		this.people.registerBySms(browser, james, TestPeople.financial(this.people.demoAccount(7)),
				"carter.data1@example.test", "data1.user7");

		List<String> rows = rowsAsText("select * from account where username_canonical = :id", "data1.user7");
		rows.addAll(rowsAsText("select * from journey where id = :id", browser.journeyId()));
		rows.addAll(rowsAsText(
				"select a.* from account_secret_answer a join account c on c.id = a.account_id where c.username_canonical = :id",
				"data1.user7"));
		assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
		for (String row : rows) {
			String lower = row.toLowerCase(Locale.ROOT);
			assertThat(lower).doesNotContain("666-01-0007", "666010007", "carter.data1", "example.test", "9105550107",
					"555-0107", "james", "carter", "1990-02-14");
		}
	}

	// DATA-5
	@Test
	void DATA_5_whenCodesWereSentByEmailTextAndLetter_thenOneTimeCodeRowsHoldNoneOfThem() throws Exception {
		SyntheticPerson person = this.people.ordinary(13);
		String email = "data5@example.test";
		RegistrationDriver browser = browser();
		browser.start();
		browser.submit("contact", TestPeople.contact(person, email));
		String first = browser.latestCode(Channel.EMAIL, email);
		browser.act("/register/resend");
		String second = browser.latestCode(Channel.EMAIL, email);
		browser.submit("confirm-email", Map.of("code", second));
		browser.submit("identity", TestPeople.identity(person));
		browser.submit("financial", this.people.financial(person));
		browser.submit("phone", Map.of("phone", TestPeople.phone(person)));
		String sms = browser.latestCode(Channel.SMS, TestPeople.e164(person));
		browser.act("/register/mail");
		browser.submit("credentials", TestPeople.credentials("data5.user", true));
		String letter = browser.latestCode(Channel.LETTER,
				person.taxRecord().name().fullName().toUpperCase(Locale.ROOT));
		Object accountId = this.jdbc.sql("select id from account where username_canonical = 'data5.user'")
			.query(Long.class)
			.single();

		List<String> rows = rowsAsText("select * from one_time_code where subject = 'registration:' || :id",
				browser.journeyId().toString());
		rows.addAll(rowsAsText("select * from one_time_code where subject = 'account:' || :id", accountId.toString()));
		assertThat(rows).as("two email codes, one texted, one mailed").hasSize(4);
		for (String row : rows) {
			assertThat(row).doesNotContain(first, second, sms, letter, letter.replace("-", ""));
		}
	}

}
