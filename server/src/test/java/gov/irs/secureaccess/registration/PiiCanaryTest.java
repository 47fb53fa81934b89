package gov.irs.secureaccess.registration;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PII canaries (DATA-1, DATA-2, DATA-3, DATA-5): a person registers by the SMS path and signs in, and every value
 * they typed or were sent is a marker: the SSN (with and without dashes), the phone (E.164 and the ten digits), the
 * email, the username, the password, the financial account's digits, the street, the codes texted and emailed.
 * Afterwards no marker is found in clear in any column of any table (text, and bytea read as text and as hex, so
 * the session rows, the outbox, the audit chain and the journeys' data are all covered), in the log, in any metric's
 * name or tag, or in the pages after the one the value was typed on. Where they are kept they are sealed or hashed.
 */
@ExtendWith(OutputCaptureExtension.class)
class PiiCanaryTest extends RegistrationTestBase {

	@Autowired
	MeterRegistry meters;

	// DATA-1, DATA-2, DATA-3, DATA-5
	@Test
	void DATA_1_whenAPersonRegistersAndSignsIn_thenNoValueTheyTypedOrWereSentIsAnywhereInClear(CapturedOutput log)
			throws Exception {
		org.slf4j.LoggerFactory.getLogger(RegistrationService.class).info("canary capture check");
		assertThat(log.getAll()).as("the capture sees the service's log").contains("canary capture check");

		// A generated person of its own (TestPeople 95-99; demo #7 is RegistrationDataAtRestTest's), with a last name
		// long enough that finding it by chance in other text (base64, hex) is out of the question.
		SyntheticPerson person = java.util.stream.IntStream.rangeClosed(95, 99)
			.mapToObj(this.people::ordinary)
			.filter((p) -> p.taxRecord().name().last().length() >= 6)
			.findFirst()
			.orElseThrow();
		TaxRecord record = person.taxRecord();
		String email = "canary.q7x3k9@example.test";
		String username = "canary.zq81v";
		Map<String, String> financial = this.people.financial(person);
		Map<String, String> markers = new LinkedHashMap<>();
		markers.put("SSN", record.ssn().formatted());
		markers.put("SSN digits", record.ssn().formatted().replace("-", ""));
		markers.put("phone", TestPeople.e164(person).substring(2));
		markers.put("email", email);
		markers.put("last name", record.name().last());
		markers.put("password", DemoPeopleForms.credentials(username).get("password"));
		markers.put("account digits", financial.get("last8"));
		markers.put("street", record.address().line1());

		RegistrationDriver browser = browser();
		List<String> pages = new ArrayList<>();
		browser.start();
		pages.add(browser.submit("contact", TestPeople.contact(person, email)));
		String emailCode = browser.latestCode(Channel.EMAIL, email);
		pages.add(browser.submit("confirm-email", Map.of("code", emailCode)));
		pages.add(browser.submit("identity", TestPeople.identity(person)));
		pages.add(browser.submit("financial", financial));
		pages.add(browser.submit("phone", Map.of("phone", TestPeople.phone(person))));
		String smsCode = browser.latestCode(Channel.SMS, TestPeople.e164(person));
		pages.add(browser.submit("confirm-phone", Map.of("code", smsCode)));
		String done = browser.submit("credentials", TestPeople.credentials(username, false));
		assertThat(done).contains("Your account is ready");
		pages.add(done);
		markers.put("email code", emailCode);
		markers.put("texted code", smsCode);

		SigninDriver signin = new SigninDriver(this.mvc, this.outbox);
		assertThat(signin.signIn(username, markers.get("password"), TestPeople.e164(person)).getStatus()).isLessThan(400);
		signin.acceptAgreement();
		String account = signin.page("/account");
		pages.add(account);

		Pattern anyMarker = Pattern.compile(String.join("|", markers.values().stream().map(Pattern::quote).toList()));
		String hexMarkers = String.join("|", markers.values()
			.stream()
			.map((value) -> HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)))
			.toList());

		List<String> found = new ArrayList<>();
		List<Map<String, Object>> columns = this.jdbc.sql("""
				select c.table_name, c.column_name, c.data_type from information_schema.columns c
				  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				 where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
				 order by c.table_name, c.ordinal_position""").query().listOfRows();
		assertThat(columns).hasSizeGreaterThan(50);
		for (Map<String, Object> column : columns) {
			String value = "\"%s\"::text".formatted(column.get("column_name"));
			String where = "bytea".equals(column.get("data_type"))
					? "encode(\"%s\", 'hex') ~ :hex or encode(\"%1$s\", 'escape') ~ :plain".formatted(column.get("column_name"))
					: value + " ~ :plain";
			long count = this.jdbc.sql("select count(*) from \"%s\" where %s".formatted(column.get("table_name"), where))
				.param("plain", postgresRegex(markers))
				.param("hex", hexMarkers)
				.query(Long.class)
				.single();
			if (count > 0) {
				found.add(column.get("table_name") + "." + column.get("column_name") + " " + which(markers,
						this.jdbc.sql("select %s from \"%s\"".formatted("bytea".equals(column.get("data_type"))
								? "encode(\"%s\", 'escape')".formatted(column.get("column_name")) : value,
								column.get("table_name"))).query(String.class).list()));
			}
		}
		assertThat(found).as("columns holding a marker in clear").isEmpty();

		markers.forEach((name, marker) -> assertThat(log.getAll()).as("the log holds the " + name).doesNotContain(marker));

		for (Meter meter : this.meters.getMeters()) {
			String id = meter.getId().getName() + meter.getId().getTags().stream().map(Tag::getValue).toList();
			assertThat(anyMarker.matcher(id).find()).as("metric %s", id).isFalse();
		}

		// Pages show a typed value back only on the form it was typed into, never after: here, none of them.
		for (String page : pages) {
			for (String name : List.of("SSN", "SSN digits", "password", "account digits", "email code", "texted code")) {
				assertThat(page).as("a page shows the " + name).doesNotContain(markers.get(name));
			}
		}
	}

	private static String postgresRegex(Map<String, String> markers) {
		return String.join("|", markers.values().stream().map((value) -> value.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1")).toList());
	}

	private static List<String> which(Map<String, String> markers, List<String> values) {
		return markers.entrySet()
			.stream()
			.filter((marker) -> values.stream().anyMatch((value) -> value != null && value.contains(marker.getValue())))
			.map(Map.Entry::getKey)
			.toList();
	}

}
