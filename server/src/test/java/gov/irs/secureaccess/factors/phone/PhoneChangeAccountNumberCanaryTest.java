package gov.irs.secureaccess.factors.phone;

import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.platform.crypto.SealedJson;
import gov.irs.secureaccess.sources.SourceKeys;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.phonecarrier.LineType;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DATA-2 / REG-4 canary for a phone change (REG-12): a person verifies with the card
 * digits 64201957 (typed "6420 1957"); after the change the digits are nowhere: no column
 * of any table, no queued message, no log line.
 */
@IntegrationTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PhoneChangeAccountNumberCanaryTest {

	private static final String CANARY = "64201957";

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	SourceKeys keys;

	@Autowired
	SealedJson sealed;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SourcesProperties sources;

	// DATA-2, REG-4, REG-12
	@Test
	void DATA_2_whenAPhoneChangeUsedAnAccountNumber_thenItsDigitsAreInNoTableMessageOrLog(CapturedOutput log)
			throws Exception {
		LoggerFactory.getLogger(PhoneChanges.class).info("canary capture check");
		assertThat(log.getAll()).contains("canary capture check");
		PhoneChangePeople people = new PhoneChangePeople(this.sources, this.accounts, this.hasher, this.jdbcTemplate,
				this.keys, this.sealed, this.transactions, this.mvc, this.outbox);
		PhoneChangePeople.Person person = people.signedIn(11, "canary");
		people.addCard(person.person(), CardNetwork.VISA, CANARY);
		String newPhone = "+13125559111";
		people.line(newPhone, person.billedName(), LineType.MOBILE);

		person.browser().page("/account/phone");
		person.browser()
			.post("/account/phone", Map.of("step", "financial", "accountType", "CREDIT_CARD", "last8", "6420 1957"));
		assertThat(person.browser().page("/account/phone")).contains("phone");
		person.browser().post("/account/phone", Map.of("step", "phone", "phone", "(312) 555-9111"));
		MockHttpServletResponse done = person.browser()
			.post("/account/phone", Map.of("step", "confirm-phone", "code", person.browser().latestSmsCode(newPhone)));
		assertThat(done.getRedirectedUrl()).isEqualTo("/account");
		assertThat(this.accounts.findLogin(person.accountId()).orElseThrow().phoneE164()).isEqualTo(newPhone);

		List<Map<String, Object>> columns = this.jdbc.sql("""
				select table_name, column_name from information_schema.columns
				 where table_schema = 'public' order by table_name, ordinal_position""").query().listOfRows();
		assertThat(columns).hasSizeGreaterThan(50);
		for (Map<String, Object> column : columns) {
			String sql = "select count(*) from \"%s\" where \"%s\"::text like '%%%s%%'"
				.formatted(column.get("table_name"), column.get("column_name"), CANARY);
			assertThat(this.jdbc.sql(sql).query(Long.class).single()).as(column.toString()).isZero();
		}
		for (OutboxEntry entry : this.outbox.newest(10_000)) {
			assertThat(entry.recipient() + entry.subject() + entry.body()).doesNotContain(CANARY)
				.doesNotContain("6420 1957");
		}
		assertThat(log.getAll()).doesNotContain(CANARY).doesNotContain("6420 1957");
	}

}
