package gov.irs.secureaccess.portal;

import java.math.BigDecimal;
import java.time.Instant;

import gov.irs.secureaccess.portal.api.TaxApi;
import gov.irs.secureaccess.portal.api.TaxApiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * FED-1 and FED-5 portal pages over a fake TaxApi: the home lists every application with
 * its level, each application shows what the API answers, forms send what the user typed,
 * and refusals become pages that say what to do.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ FakeTaxApiConfiguration.class, SignedInThroughPageApplication.class })
class PortalPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FakeTaxApi api;

	@BeforeEach
	void reset() {
		this.api.reset();
	}

	@Test
	void FED_1_whenHomeIsShown_thenEveryApplicationIsListedWithTheLevelItNeeds() throws Exception {
		String page = page("/");

		assertThat(page).contains("Get Transcript Online", "Get an IP PIN", "Your online account",
				"Online Payment Agreement", "e-Services TIN Matching", "Send documents");
		assertThat(page.split("Needs identity assurance level 3").length - 1).isEqualTo(4);
		assertThat(page).contains("Needs identity assurance level 2 (LOA-2)")
			.contains("Needs identity assurance level 1 (LOA-1)");
		assertThat(page("/?lang=es")).contains("Obtener transcripciones en línea").contains("lang=\"es\"");
	}

	@Test
	void FED_1_whenTranscriptsIpPinAndBalanceAreOpened_thenTheyShowTheApisAnswer() throws Exception {
		assertThat(page("/transcripts")).contains("/transcripts/2025/return").contains("/transcripts/2024/account");
		assertThat(page("/transcripts/2025/return")).contains("Return transcript, tax year 2025")
			.contains("XXX-XX-0001")
			.contains("$61,234.56")
			.contains("$60,100.00");
		assertThat(page("/transcripts/2025/account")).contains("$2,418.50").contains("Tax return filed");
		assertThat(page("/ip-pin")).contains("Your IP PIN for 2026").contains("314159");
		assertThat(page("/balance")).contains("$2,418.50").contains("Set up a payment plan");
		assertThat(page("/ip-pin?lang=es")).contains("Su IP PIN para 2026");
		assertThat(page("/ip-pin")).as("who is signed in, and the level")
			.contains("Signed in as Olivia")
			.contains("identity level LOA-3")
			.contains("id=\"sign-out\"");
	}

	@Test
	void FED_1_whenAPaymentPlanIsSetUp_thenItShowsAndCanBeCancelled() throws Exception {
		assertThat(page("/payment-agreement")).contains("Pay at least $33.60 a month")
			.contains("never asks for a bank account");

		assertThat(post("/payment-agreement", "monthlyAmount", "10", "dayOfMonth", "5")).contains("below the minimum");
		assertThat(post("/payment-agreement", "monthlyAmount", "lots", "dayOfMonth", "5"))
			.contains("in dollars and cents");
		assertThat(post("/payment-agreement", "monthlyAmount", "250.00", "dayOfMonth", "x")).contains("from 1 to 28");
		MockHttpServletResponse created = this.mvc
			.perform(MockMvcRequestBuilders.post("/payment-agreement")
				.with(csrf())
				.param("monthlyAmount", "$250.00")
				.param("dayOfMonth", "12"))
			.andReturn()
			.getResponse();
		assertThat(created.getRedirectedUrl()).isEqualTo("/payment-agreement");
		assertThat(this.api.agreement.monthlyAmount()).isEqualByComparingTo(new BigDecimal("250.00"));
		assertThat(page("/payment-agreement")).contains("$250.00 a month on day 12, 10 payments");
		assertThat(page("/balance")).contains("Your payment plan");

		this.mvc.perform(MockMvcRequestBuilders.post("/payment-agreement/cancel").with(csrf()));
		assertThat(this.api.agreement).isNull();
	}

	@Test
	void FED_1_whenInteractiveTinMatchingIsUsed_thenFilledRowsAreSentAndIndicatorsShown() throws Exception {
		String form = page("/tin-matching");
		assertThat(form).contains("name=\"tin24\"").doesNotContain("name=\"tin25\"");

		String results = post("/tin-matching", "type0", "1", "tin0", "666-01-0001", "name0", "Olivia Bennett", "type3",
				"1", "tin3", "666-01-0002", "name3", "Marcus Smith");

		assertThat(this.api.matched).hasSize(2);
		assertThat(results).contains("The name and TIN match IRS records.")
			.contains("The name and TIN do not match IRS records.");
		assertThat(results).contains("<th scope=\"row\">4</th>").contains("0002").doesNotContain("666-01-0002\"");
		assertThat(post("/tin-matching")).contains("Fill in at least one row.");
	}

	@Test
	void FED_1_whenABulkFileIsUploaded_thenItsStatusAndResultsFileAreThere() throws Exception {
		MockHttpServletResponse submitted = this.mvc
			.perform(MockMvcRequestBuilders.multipart("/tin-matching/bulk")
				.file(new MockMultipartFile("file", "payees.txt", "text/plain",
						"1;666-01-0001;Olivia Bennett;A1\nbad\n".getBytes()))
				.with(csrf()))
			.andReturn()
			.getResponse();
		String jobPage = page(submitted.getRedirectedUrl());

		assertThat(jobPage).contains("2 requests: Done.")
			.contains("Line 2: expected 3 or 4 fields")
			.contains("Download the results file");
		MockHttpServletResponse download = this.mvc
			.perform(MockMvcRequestBuilders.get(submitted.getRedirectedUrl() + "/results"))
			.andReturn()
			.getResponse();
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getContentAsString()).endsWith(";0\r\n");
		assertThat(page("/tin-matching/bulk")).contains(submitted.getRedirectedUrl());
		MockHttpServletResponse none = this.mvc
			.perform(MockMvcRequestBuilders.multipart("/tin-matching/bulk").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(none.getContentAsString()).contains("Choose a file to upload.");
	}

	@Test
	void FED_5_whenDocumentsAreSent_thenOnlyTheReceiptIsShownOnce() throws Exception {
		MockHttpServletResponse sent = this.mvc
			.perform(MockMvcRequestBuilders.multipart("/documents")
				.file(new MockMultipartFile("files", "reply.pdf", "application/pdf", "%PDF-1.7".getBytes()))
				.param("kind", "NOTICE")
				.param("number", "CP2000-0417")
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(sent.getRedirectedUrl()).isEqualTo("/documents/receipt");
		MockHttpServletResponse again = this.mvc.perform(MockMvcRequestBuilders.get("/documents/receipt"))
			.andReturn()
			.getResponse();

		assertThat(this.api.sent).hasSize(1);
		MockHttpServletResponse shown = this.mvc
			.perform(MockMvcRequestBuilders.get("/documents/receipt")
				.flashAttr("receipt",
						new TaxApi.Receipt("DD-7KQ4-M9XP-2HCW-R3TZ", 1, Instant.parse("2026-11-22T10:00:00Z"))))
			.andReturn()
			.getResponse();
		assertThat(shown.getContentAsString()).contains("DD-7KQ4-M9XP-2HCW-R3TZ")
			.contains("We received 1 file")
			.doesNotContain("CP2000");
		assertThat(again.getRedirectedUrl()).as("without the flash, no receipt").isEqualTo("/documents");
		MockHttpServletResponse noFile = this.mvc
			.perform(MockMvcRequestBuilders.multipart("/documents")
				.param("kind", "NOTICE")
				.param("number", "CP2000-0417")
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(noFile.getContentAsString()).contains("Choose at least one file to send.");
		this.api.failNext = new TaxApiException(400, "invalid_request", "x", "WRONG_TYPE", null);
		MockHttpServletResponse wrong = this.mvc
			.perform(MockMvcRequestBuilders.multipart("/documents")
				.file(new MockMultipartFile("files", "a.pdf", "application/pdf", "text".getBytes()))
				.param("kind", "NOTICE")
				.param("number", "CP2000-0417")
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(wrong.getContentAsString()).contains("Send PDF, JPEG or PNG files only.");
	}

	@Test
	void FED_4_whenTheApiRefuses_thenThePageSaysWhatToDoNeverAStackTrace() throws Exception {
		assertProblem(new TaxApiException(401, "insufficient_user_authentication", "x", null, "urn:loa:3"), "/ip-pin",
				403, "needs a higher level of identity assurance");
		assertProblem(new TaxApiException(401, "invalid_token", "x", null, null), "/balance", 401,
				"Sign in to continue");
		assertProblem(new TaxApiException(403, "insufficient_scope", "x", null, null), "/transcripts", 403,
				"not allowed");
		assertProblem(new TaxApiException(404, "not_found", "x", null, null), "/transcripts/2019/return", 404,
				"Nothing on file");
		assertProblem(new TaxApiException(0, "unavailable", "x", null, null), "/payment-agreement", 503,
				"not available");
		MockHttpServletResponse missing = this.mvc.perform(MockMvcRequestBuilders.get("/transcripts/abcd/return"))
			.andReturn()
			.getResponse();
		assertThat(missing.getStatus()).isEqualTo(404);
	}

	private void assertProblem(TaxApiException failure, String path, int status, String text) throws Exception {
		this.api.failNext = failure;
		MockHttpServletResponse response = this.mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(status);
		assertThat(response.getContentAsString()).as(path).contains(text).doesNotContain("Exception");
	}

	private String page(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'");
		return response.getContentAsString();
	}

	private String post(String path, String... pairs) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
		for (int i = 0; i < pairs.length; i += 2) {
			request.param(pairs[i], pairs[i + 1]);
		}
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
