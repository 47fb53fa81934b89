package gov.irs.secureaccess.taxapps.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.UUID;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.support.TestSsns;
import gov.irs.secureaccess.taxapps.documents.DocumentFiles;
import gov.irs.secureaccess.taxapps.tinmatching.BulkTinMatching;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-1 and FED-5 through the API: each application answers its caller's own data at its
 * level and scope, and refuses others with OAuth-style JSON errors (insufficient_scope
 * 403, insufficient_user_authentication 401 per RFC 9470); bad input is a 400 with a
 * message, never a 500. Olivia Bennett (demo 1) is registered in this context's database
 * only.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class TaxApplicationsApiTest {

	private static final String ALL = "taxdata.read documents.write tin.match";

	private static Long olivia;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	BulkTinMatching bulk;

	@Autowired
	AuditLog audit;

	@BeforeEach
	void registerOlivia() {
		synchronized (TaxApplicationsApiTest.class) {
			if (olivia == null) {
				olivia = ApiClient.account(this.accounts, Ssn.parse("666-01-0001"), "api.olivia");
			}
		}
	}

	private ApiClient olivia(String scopes, int loa) {
		return ApiClient.as(this.context, olivia, scopes, loa);
	}

	@Test
	void FED_1_whenGetTranscriptIsCalledAtLoa3_thenTheCallersOwnTranscriptsComeBackMasked() throws Exception {
		ApiClient api = olivia(ALL, 3);

		String years = api.get("/api/v1/transcripts").getContentAsString();
		MockHttpServletResponse transcript = api.get("/api/v1/transcripts/2025/return");
		MockHttpServletResponse account = api.get("/api/v1/transcripts/2025/account");

		assertThat(years).contains("[2025,2024]");
		assertThat(transcript.getStatus()).isEqualTo(200);
		assertThat(transcript.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(transcript.getContentAsString()).contains("\"ssn\":\"XXX-XX-0001\"")
			.contains("OLIVXX BENNXXX")
			.doesNotContain("666-01-0001")
			.doesNotContain("Bennett");
		assertThat(account.getContentAsString()).contains("\"accountBalance\":2418.50").contains("\"code\":\"150\"");
		assertThat(api.get("/api/v1/transcripts/2019/return").getStatus()).isEqualTo(404);
		assertThat(this.audit.forSubject("account:" + olivia, 50)).extracting((entry) -> entry.action())
			.contains("taxapps.transcript.return.viewed", "taxapps.transcript.account.viewed");
	}

	@Test
	void FED_1_whenGetAnIpPinIsCalled_thenThisYearsPinComesBack(CapturedOutput output) throws Exception {
		MockHttpServletResponse response = olivia(ALL, 3).get("/api/v1/ip-pin");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("{\"year\":2026,\"pin\":\"314159\"}");
		assertThat(output.getAll()).doesNotContain("314159");
	}

	@Test
	void FED_1_whenViewBalanceAndPaymentAgreementAreUsed_thenThePlanPaysTheBalance() throws Exception {
		ApiClient api = olivia("taxdata.read", 2);

		assertThat(api.get("/api/v1/payment-agreement").getContentAsString()).contains("\"balance\":2418.50")
			.contains("\"minimumMonthly\":33.60")
			.contains("\"maxMonths\":72");
		MockHttpServletResponse created = api.postJson("/api/v1/payment-agreement",
				"{\"monthlyAmount\":\"250.00\",\"dayOfMonth\":12,\"bankAccountNumber\":\"123456789012\",\"routingNumber\":\"021000021\"}");
		assertThat(created.getStatus()).isEqualTo(201);
		assertThat(created.getContentAsString()).contains("\"months\":10")
			.contains("\"finalAmount\":168.50")
			.doesNotContain("123456789012");
		assertThat(api.postJson("/api/v1/payment-agreement", "{\"monthlyAmount\":100,\"dayOfMonth\":3}").getStatus())
			.isEqualTo(409);
		assertThat(olivia(ALL, 3).get("/api/v1/balance").getContentAsString()).contains("\"amountDue\":2418.50")
			.contains("\"monthlyAmount\":250.00");
		assertThat(api.get("/api/v1/balance").getStatus()).as("View Balance needs LOA-3").isEqualTo(401);
		assertThat(api.delete("/api/v1/payment-agreement").getStatus()).isEqualTo(204);
		assertThat(api.delete("/api/v1/payment-agreement").getStatus()).isEqualTo(404);

		MockHttpServletResponse tooLow = api.postJson("/api/v1/payment-agreement",
				"{\"monthlyAmount\":10,\"dayOfMonth\":3}");
		assertThat(tooLow.getStatus()).isEqualTo(400);
		assertThat(tooLow.getContentAsString()).contains("\"reason\":\"AMOUNT_TOO_LOW\"").contains("at least $33.60");
	}

	@Test
	void FED_1_whenTheScopeIsMissing_thenInsufficientScope403() throws Exception {
		MockHttpServletResponse response = olivia("documents.write", 3).get("/api/v1/ip-pin");

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer error=\"insufficient_scope\"")
			.contains("scope=\"taxdata.read\"");
		assertThat(response.getContentAsString()).contains("\"error\":\"insufficient_scope\"").doesNotContain("314159");
		assertThat(olivia("taxdata.read", 3).postJson("/api/v1/tin-matching/interactive", "{\"pairs\":[]}").getStatus())
			.isEqualTo(403);
	}

	@Test
	void FED_4_whenTheLevelIsTooLow_thenInsufficientUserAuthenticationWithTheAcrToAskFor() throws Exception {
		MockHttpServletResponse pin = olivia(ALL, 2).get("/api/v1/ip-pin");
		MockHttpServletResponse plan = olivia(ALL, 1).get("/api/v1/payment-agreement");
		MockHttpServletResponse tin = olivia(ALL, 2).postJson("/api/v1/tin-matching/interactive", "{\"pairs\":[]}");

		assertThat(pin.getStatus()).isEqualTo(401);
		assertThat(pin.getHeader("WWW-Authenticate")).contains("error=\"insufficient_user_authentication\"")
			.contains("acr_values=\"" + ApiPolicy.acrFor(3) + "\"");
		assertThat(pin.getContentAsString()).contains("\"error\":\"insufficient_user_authentication\"")
			.contains("\"acr_values\":\"" + ApiPolicy.acrFor(3) + "\"")
			.doesNotContain("314159");
		assertThat(plan.getStatus()).isEqualTo(401);
		assertThat(plan.getContentAsString()).contains(ApiPolicy.acrFor(2));
		assertThat(tin.getStatus()).isEqualTo(401);
		assertThat(olivia(ALL, 2).get("/api/v1/payment-agreement").getStatus()).as("LOA-2 is enough").isEqualTo(200);
	}

	@Test
	void FED_1_whenThereIsNoCaller_then401WithoutData() throws Exception {
		MockHttpServletResponse response = ApiClient.anonymous(this.context)
			.perform(MockMvcRequestBuilders.get("/api/v1/ip-pin"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(response.getContentAsString()).contains("\"error\":\"invalid_token\"");
	}

	@Test
	void FED_1_whenInteractiveTinMatchingIsCalled_thenEachPairHasItsIndicator() throws Exception {
		ApiClient api = olivia("tin.match", 3);

		MockHttpServletResponse response = api.postJson("/api/v1/tin-matching/interactive", """
				{"pairs":[{"tinType":1,"tin":"666-01-0001","name":"Olivia Bennett"},
				          {"tinType":1,"tin":"666-01-0001","name":"Olivia Smith"},
				          {"tinType":2,"tin":"07-4200101","name":"Blue Heron Logistics LLC"},
				          {"tinType":3,"tin":"07-4200101","name":"Blue Heron Logistics LLC"},
				          {"tinType":1,"tin":"","name":"Nobody"}]}""");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString())
			.isEqualTo("{\"results\":[{\"index\":0,\"indicator\":0,\"meaning\":\"MATCH\"},"
					+ "{\"index\":1,\"indicator\":3,\"meaning\":\"NO_MATCH\"},{\"index\":2,\"indicator\":0,\"meaning\":\"MATCH\"},"
					+ "{\"index\":3,\"indicator\":7,\"meaning\":\"MATCHED_EIN\"},{\"index\":4,\"indicator\":1,\"meaning\":\"TIN_MISSING\"}]}");
		String tooMany = "{\"pairs\":["
				+ String.join(",",
						Collections.nCopies(26, "{\"tinType\":1,\"tin\":\"666-01-0001\",\"name\":\"Olivia Bennett\"}"))
				+ "]}";
		MockHttpServletResponse refused = api.postJson("/api/v1/tin-matching/interactive", tooMany);
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("no more than 25");
	}

	@Test
	void FED_1_whenABulkFileIsSubmitted_thenItsStatusAndResultsFileCanBeFetched() throws Exception {
		ApiClient api = olivia("tin.match", 3);
		MockMultipartFile file = new MockMultipartFile("file", "payees.txt", "text/plain",
				"1;666-01-0001;Olivia Bennett;A1\n2;07-4200101;Blue Heron Logistics LLC;A2\n"
					.getBytes(StandardCharsets.UTF_8));

		MockHttpServletResponse submitted = api
			.perform(MockMvcRequestBuilders.multipart("/api/v1/tin-matching/bulk").file(file));
		assertThat(submitted.getStatus()).isEqualTo(202);
		String id = submitted.getContentAsString().replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1");
		MockHttpServletResponse early = api.get("/api/v1/tin-matching/bulk/" + id + "/results");
		assertThat(early.getStatus()).isIn(200, 409);

		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!api.get("/api/v1/tin-matching/bulk/" + id).getContentAsString().contains("\"status\":\"DONE\"")) {
			assertThat(System.nanoTime()).isLessThan(deadline);
			if (!this.bulk.runOnce()) {
				Thread.sleep(50);
			}
		}
		MockHttpServletResponse results = api.get("/api/v1/tin-matching/bulk/" + id + "/results");

		assertThat(results.getStatus()).isEqualTo(200);
		assertThat(results.getContentType()).startsWith("text/plain");
		assertThat(results.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(results.getContentAsString())
			.isEqualTo("1;666-01-0001;Olivia Bennett;A1;0\r\n2;07-4200101;Blue Heron Logistics LLC;A2;0\r\n");
		assertThat(api.get("/api/v1/tin-matching/bulk").getContentAsString()).contains(id);
		ApiClient someoneElse = ApiClient.as(this.context, olivia + 1000, "tin.match", 3);
		assertThat(someoneElse.get("/api/v1/tin-matching/bulk/" + id).getStatus()).isEqualTo(404);
		assertThat(someoneElse.get("/api/v1/tin-matching/bulk/" + id + "/results").getStatus()).isEqualTo(404);
		assertThat(api.get("/api/v1/tin-matching/bulk/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
	}

	@Test
	void FED_5_whenDocumentsAreSentAtLoa1_thenOnlyAReceiptComesBack() throws Exception {
		ApiClient api = olivia("documents.write", 1);

		MockHttpServletResponse response = api.perform(MockMvcRequestBuilders.multipart("/api/v1/documents")
			.file(new MockMultipartFile("files", "reply.pdf", "application/pdf", DocumentFiles.pdf()))
			.file(new MockMultipartFile("files", "scan.jpg", "image/jpeg", DocumentFiles.jpeg()))
			.param("kind", "NOTICE")
			.param("number", "CP2000-0417"));

		assertThat(response.getStatus()).isEqualTo(201);
		assertThat(response.getContentAsString())
			.matches("\\{\"number\":\"DD(-[0-9A-Z]{4}){4}\",\"fileCount\":2,\"receivedAt\":\"[0-9T:.Z-]+\"\\}");
		MockHttpServletResponse wrongType = api.perform(MockMvcRequestBuilders.multipart("/api/v1/documents")
			.file(new MockMultipartFile("files", "reply.pdf", "application/pdf", DocumentFiles.text()))
			.param("kind", "NOTICE")
			.param("number", "CP2000-0417"));
		assertThat(wrongType.getStatus()).isEqualTo(400);
		assertThat(wrongType.getContentAsString()).contains("\"reason\":\"WRONG_TYPE\"").doesNotContain("Olivia");
	}

	@Test
	void FED_1_whenTheInputIsBad_thenA400WithAMessageNeverA500() throws Exception {
		ApiClient api = olivia(ALL, 3);
		String[][] cases = { { "/api/v1/payment-agreement", "not json" }, { "/api/v1/payment-agreement", "{}" },
				{ "/api/v1/payment-agreement", "{\"monthlyAmount\":\"lots\",\"dayOfMonth\":3}" },
				{ "/api/v1/payment-agreement", "{\"monthlyAmount\":100,\"dayOfMonth\":99}" },
				{ "/api/v1/tin-matching/interactive", "{}" }, { "/api/v1/tin-matching/interactive", "[1,2]" },
				{ "/api/v1/tin-matching/interactive", "{\"pairs\":[{\"tinType\":\"one\"}]}" } };
		for (String[] bad : cases) {
			MockHttpServletResponse response = api.postJson(bad[0], bad[1]);
			assertThat(response.getStatus()).as(bad[1]).isEqualTo(400);
			assertThat(response.getContentType()).as(bad[1]).startsWith("application/problem+json");
			assertThat(response.getContentAsString()).as(bad[1])
				.contains("\"status\":400", "\"detail\":", "\"error\":", "\"error_description\":");
		}
		assertThat(api.get("/api/v1/transcripts/twenty/return").getStatus()).isEqualTo(400);
		assertThat(api.get("/api/v1/tin-matching/bulk/not-a-uuid").getStatus()).isEqualTo(400);
		assertThat(api.perform(MockMvcRequestBuilders.multipart("/api/v1/tin-matching/bulk")).getStatus())
			.isEqualTo(400);
		assertThat(api.perform(MockMvcRequestBuilders.multipart("/api/v1/documents")).getStatus()).isEqualTo(400);
		MockHttpServletResponse binary = api.perform(MockMvcRequestBuilders.multipart("/api/v1/tin-matching/bulk")
			.file(new MockMultipartFile("file", "x.png", "image/png", DocumentFiles.png())));
		assertThat(binary.getStatus()).isEqualTo(400);
		assertThat(binary.getContentAsString()).contains("plain text");
	}

	@Test
	void FED_1_whenTheAccountHasNoReturnOnFile_thenNotFoundAsJson() throws Exception {
		long stranger = ApiClient.account(this.accounts, TestSsns.next(), "api.stranger");
		ApiClient api = ApiClient.as(this.context, stranger, ALL, 3);

		MockHttpServletResponse response = api.get("/api/v1/ip-pin");

		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).contains("\"error\":\"not_found\"");
		assertThat(api.get("/api/v1/transcripts").getContentAsString()).isEqualTo("{\"years\":[]}");
	}

}
