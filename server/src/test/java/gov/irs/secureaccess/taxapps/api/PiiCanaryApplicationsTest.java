package gov.irs.secureaccess.taxapps.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.platform.db.DataFolderProperties;
import gov.irs.secureaccess.registration.TestPeople;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.support.PiiCanaryScan;
import gov.irs.secureaccess.taxapps.documents.DocumentFiles;
import gov.irs.secureaccess.taxapps.tinmatching.BulkTinMatching;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PII canaries over every tax application (DATA-1, DATA-2, DATA-3; FED-1, FED-4, FED-5),
 * in the style of {@code PiiCanaryTest}: a person uses Get Transcript, Get an IP PIN,
 * View Balance and a payment agreement (with a bank account number), interactive and bulk
 * TIN Matching, and sends documents; every value is a marker that {@link PiiCanaryScan}
 * must not find in clear in any table, a {@code pg_dump}, the data folder, the Prometheus
 * scrape or the log. Person: the last of TestPeople ordinary 130 to 139 with a balance
 * due (registered in the API's context only).
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class PiiCanaryApplicationsTest {

	private static final String ALL = "taxdata.read documents.write tin.match";

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	BulkTinMatching bulk;

	@Autowired
	SourcesProperties sources;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DataFolderProperties dataFolder;

	@Autowired
	PrometheusMeterRegistry prometheus;

	@Test
	@DisplayName("DATA-1, DATA-3: transcripts, IP PIN, balance, payment agreement, TIN Matching (bulk too) and documents leave no marker in clear")
	void DATA_1_DATA_3_whenEveryApplicationIsUsed_thenNoValueShownOrSentIsAnywhereInClear(CapturedOutput log)
			throws Exception {
		TestPeople people = new TestPeople(this.sources);
		// One with a balance due, so a payment agreement can be made (this context
		// registers no one else of 130-139).
		SyntheticPerson person = IntStream.rangeClosed(130, 139)
			.mapToObj(people::ordinary)
			.filter((candidate) -> candidate.taxRecord().balanceDue().signum() > 0)
			.reduce((first, second) -> second)
			.orElseThrow();
		TaxRecord record = person.taxRecord();
		PiiCanaryScan scan = new PiiCanaryScan(this.jdbc, this.dataSource, this.dataFolder.dataDir());
		scan.marker("SSN", record.ssn().formatted()).marker("SSN digits", record.ssn().formatted().replace("-", ""));
		scan.marker("street", record.address().line1());
		if (record.name().last().length() >= 6) {
			scan.marker("last name", record.name().last());
		}
		ApiClient api = ApiClient.as(this.context, ApiClient.account(this.accounts, record.ssn(), "canary.apps.t5"),
				ALL, 3);

		for (int year : List.of(record.returnYear(), record.returnYear() - 1)) {
			assertThat(api.get("/api/v1/transcripts/" + year + "/return").getStatus()).isEqualTo(200);
			assertThat(api.get("/api/v1/transcripts/" + year + "/account").getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse pin = api.get("/api/v1/ip-pin");
		assertThat(pin.getStatus()).isEqualTo(200);
		scan.marker("IP PIN", pin.getContentAsString().replaceAll(".*\"pin\":\"(\\d{6})\".*", "$1"));
		assertThat(api.get("/api/v1/balance").getStatus()).isEqualTo(200);
		MockHttpServletResponse plan = api.get("/api/v1/payment-agreement");
		assertThat(plan.getStatus()).isEqualTo(200);
		String minimum = plan.getContentAsString().replaceAll(".*\"minimumMonthly\":([0-9.]+).*", "$1");
		String bank = "739204816357";
		scan.marker("bank account number", bank);
		assertThat(api.postJson("/api/v1/payment-agreement",
				"{\"monthlyAmount\":\"%s\",\"dayOfMonth\":12,\"bankAccountNumber\":\"%s\",\"routingNumber\":\"021000021\"}"
					.formatted(minimum, bank))
			.getStatus()).isEqualTo(201);

		String payee = "Quokka Canary Traders LLC";
		scan.marker("payee name", payee).marker("payee EIN", "07-4271593");
		assertThat(api
			.postJson("/api/v1/tin-matching/interactive",
					"""
							{"pairs":[{"tinType":1,"tin":"%s","name":"%s"},{"tinType":2,"tin":"07-4271593","name":"%s"}]}"""
						.formatted(record.ssn().formatted(), record.name().fullName(), payee))
			.getStatus()).isEqualTo(200);
		String bulkPayee = "Wombat Canary Freight Inc";
		scan.marker("bulk payee name", bulkPayee).marker("bulk payee EIN", "07-4282604");
		MockMultipartFile file = new MockMultipartFile("file", "payees.txt", "text/plain",
				"1;%s;%s;A1\n2;07-4282604;%s;A2\n"
					.formatted(record.ssn().formatted(), record.name().fullName(), bulkPayee)
					.getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse submitted = api
			.perform(MockMvcRequestBuilders.multipart("/api/v1/tin-matching/bulk").file(file));
		assertThat(submitted.getStatus()).isEqualTo(202);
		String id = submitted.getContentAsString().replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1");
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!api.get("/api/v1/tin-matching/bulk/" + id).getContentAsString().contains("\"status\":\"DONE\"")) {
			assertThat(System.nanoTime()).isLessThan(deadline);
			if (!this.bulk.runOnce()) {
				Thread.sleep(50);
			}
		}
		assertThat(api.get("/api/v1/tin-matching/bulk/" + id + "/results").getContentAsString()).contains(bulkPayee);

		assertThat(api
			.perform(MockMvcRequestBuilders.multipart("/api/v1/documents")
				.file(new MockMultipartFile("files", "reply.pdf", "application/pdf", DocumentFiles.pdf()))
				.param("kind", "NOTICE")
				.param("number", "CP2000-0417"))
			.getStatus()).isEqualTo(201);

		List<String> found = scan.findings(log.getAll(), this.prometheus.scrape());

		assertThat(found)
			.as("places holding a marker in clear (pg_dump: %s)", scan.pgDumpUsed().orElse("not installed"))
			.isEmpty();
	}

}
