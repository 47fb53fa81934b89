package gov.irs.secureaccess.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.platform.db.DataFolderProperties;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.support.PiiCanaryScan;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PII canaries (DATA-1, DATA-2, DATA-3, DATA-5): a person registers by the SMS path and
 * signs in, and every value they typed or were sent is a marker: the SSN (with and
 * without dashes), the phone (E.164 and the ten digits), the email, the last name, the
 * password, the financial account's digits, the street, the codes texted and emailed.
 * Afterwards {@link PiiCanaryScan} finds no marker in clear in any column of any table
 * (text, and bytea read as text and as hex, so the session rows, the outbox, the audit
 * chain and the journeys' data are all covered), a {@code pg_dump}, the data folder, the
 * Prometheus scrape (every metric's name and tags) or the log; nor is one in the pages
 * after the one the value was typed on. Where they are kept they are sealed or hashed.
 */
@ExtendWith(OutputCaptureExtension.class)
class PiiCanaryTest extends RegistrationTestBase {

	@Autowired
	PrometheusMeterRegistry prometheus;

	@Autowired
	DataSource dataSource;

	@Autowired
	DataFolderProperties dataFolder;

	// DATA-1, DATA-2, DATA-3, DATA-5
	@Test
	void DATA_1_whenAPersonRegistersAndSignsIn_thenNoValueTheyTypedOrWereSentIsAnywhereInClear(CapturedOutput log)
			throws Exception {
		LoggerFactory.getLogger(RegistrationService.class).info("canary capture check");
		assertThat(log.getAll()).as("the capture sees the service's log").contains("canary capture check");

		// A generated person of its own (TestPeople 95-99; demo #7 is
		// RegistrationDataAtRestTest's), with a last name long enough that finding it by
		// chance in other text (base64, hex) is out of the question.
		SyntheticPerson person = IntStream.rangeClosed(95, 99)
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
		assertThat(signin.signIn(username, markers.get("password"), TestPeople.e164(person)).getStatus())
			.isLessThan(400);
		signin.acceptAgreement();
		String account = signin.page("/account");
		pages.add(account);

		PiiCanaryScan scan = new PiiCanaryScan(this.jdbc, this.dataSource, this.dataFolder.dataDir());
		markers.forEach(scan::marker);
		// Letters (the REG-8 proofing notice) go to the address of record: the print
		// vendor's copy holds the name and the street, should a letter batch run
		// meanwhile.
		scan.allowIn("last name", "file letters/");
		scan.allowIn("street", "file letters/");
		assertThat(scan.findings(log.getAll(), this.prometheus.scrape()))
			.as("places holding a marker in clear (pg_dump: %s)", scan.pgDumpUsed().orElse("not installed"))
			.isEmpty();

		// Pages show a typed value back only on the form it was typed into, never after:
		// here, none of them.
		for (String page : pages) {
			for (String name : List.of("SSN", "SSN digits", "password", "account digits", "email code",
					"texted code")) {
				assertThat(page).as("a page shows the " + name).doesNotContain(markers.get(name));
			}
		}
	}

}
