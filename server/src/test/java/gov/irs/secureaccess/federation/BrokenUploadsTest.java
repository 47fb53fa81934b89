package gov.irs.secureaccess.federation;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.support.FederationServerTest;
import gov.irs.secureaccess.support.OutboxCodes;
import gov.irs.secureaccess.taxapps.documents.DocumentFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads no browser sends, against the real servlet container (FED-1, FED-5): a body cut
 * short, a file name with a NUL, a file name of 1,000 characters. Each gets its own clear
 * answer (the upload page with a message, or an API problem), never a 500, and the log
 * gets no ERROR line (DATA-3: the log is for faults of ours, not of the sender's).
 */
@FederationServerTest
@ExtendWith(OutputCaptureExtension.class)
class BrokenUploadsTest {

	private static final String BOUNDARY = "brokenUploadBoundary";

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	SourcesProperties sources;

	@Test
	@DisplayName("FED-5: a truncated upload, a NUL or a 1,000-character file name: the upload page says what to do, no ERROR logged")
	void FED_5_whenTheUploadIsBroken_thenTheUploadPageSaysWhatToDoAndNothingIsLoggedAsAnError(CapturedOutput output)
			throws Exception {
		FormBrowser browser = verifiedDropBrowser("broken.uploads@example.test");
		String csrf = browser.csrfToken();
		Map<String, String> fromTheUploadPage = Map.of("Referer",
				FederationServerTest.Port.issuer() + "/documents/upload");
		int logged = output.length();

		HttpResponse<String> truncated = browser.postRaw("/documents/upload", multipartType(),
				truncated(multipart(csrf, "reply.pdf")), fromTheUploadPage);
		assertThat(truncated.statusCode()).isEqualTo(303);
		assertThat(browser.follow(truncated).body()).contains("It did not arrive whole")
			.contains("Choose your documents");

		HttpResponse<String> nul = browser.postRaw("/documents/upload", multipartType(),
				multipart(csrf, "reply\u0000.pdf"), fromTheUploadPage);
		assertThat(nul.statusCode()).isEqualTo(303);
		assertThat(browser.follow(nul).body()).contains("A file name could not be read")
			.contains("Choose your documents");

		HttpResponse<String> long1000 = browser.postRaw("/documents/upload", multipartType(),
				multipart(csrf, "r".repeat(996) + ".pdf"), fromTheUploadPage);
		assertThat(long1000.statusCode()).isEqualTo(303);
		assertThat(browser.follow(long1000).body()).contains("A file name could not be read");

		HttpResponse<String> control = browser.postRaw("/documents/upload", multipartType(),
				multipart(csrf, "reply\u0007.pdf"), fromTheUploadPage);
		assertThat(browser.follow(control).body()).contains("control characters");

		assertThat(browser
			.follow(browser.postRaw("/documents/upload", multipartType(), multipart(csrf, "reply.pdf"),
					fromTheUploadPage))
			.body()).as("the upload itself still works").contains("We received 1 file");
		assertThat(errorLines(output, logged)).isEmpty();
	}

	@Test
	@DisplayName("FED-1: a truncated bulk TIN Matching upload or a NUL file name: 400 problem details, no ERROR logged")
	void FED_1_whenABulkTinMatchingUploadIsBroken_then400ProblemDetailsAndNothingIsLoggedAsAnError(
			CapturedOutput output) throws Exception {
		OIDCProviderMetadata metadata = NimbusClient.discover(FederationServerTest.Port.issuer());
		FederationPeople.Person person = new FederationPeople(this.sources, this.accounts, this.hasher).withAccount(36,
				3, "tax-record,financial,sms");
		NimbusClient app = NimbusClient.portal(metadata, "tin-matching");
		AccessToken token = FormBrowser.accessToken(app,
				app.start(new Scope("openid", "profile", "tin.match"), null, null), this.outbox, person.username(),
				person.phone());
		FormBrowser api = new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
		Map<String, String> bearer = Map.of("Authorization", "Bearer " + token.getValue());
		int logged = output.length();

		HttpResponse<String> truncated = api.postRaw("/api/v1/tin-matching/bulk", multipartType(),
				truncated(bulk("bulk.txt")), bearer);
		HttpResponse<String> nul = api.postRaw("/api/v1/tin-matching/bulk", multipartType(), bulk("bulk\u0000.txt"),
				bearer);

		assertThat(truncated.statusCode()).isEqualTo(400);
		assertThat(truncated.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(truncated.body()).contains("\"status\":400", "\"reason\":\"UNREADABLE\"");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("\"reason\":\"FILE_NAME\"");
		HttpResponse<String> whole = api.postRaw("/api/v1/tin-matching/bulk", multipartType(), bulk("bulk.txt"),
				bearer);
		assertThat(whole.statusCode()).as(whole.body()).isEqualTo(202);
		assertThat(errorLines(output, logged)).isEmpty();
	}

	private FormBrowser verifiedDropBrowser(String email) throws Exception {
		FormBrowser browser = new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
		browser.get("/documents");
		browser.follow(browser.submit("/documents", Map.of("email", email, "kind", "NOTICE", "number", "CP2000-0417")));
		browser.follow(browser.submit("/documents/code", Map.of("code", OutboxCodes.latest(this.outbox, email))));
		assertThat(browser.page).contains("Choose your documents");
		return browser;
	}

	private static String multipartType() {
		return "multipart/form-data; boundary=" + BOUNDARY;
	}

	private static byte[] multipart(String csrf, String fileName) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
		write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n");
		body.writeBytes(DocumentFiles.pdf());
		write(body, "\r\n--" + BOUNDARY + "--\r\n");
		return body.toByteArray();
	}

	private static byte[] bulk(String fileName) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\n1;666-01-0001;Olivia Bennett;A-1\r\n");
		write(body, "\r\n--" + BOUNDARY + "--\r\n");
		return body.toByteArray();
	}

	/** The body cut off in the middle of its last part: no closing boundary. */
	private static byte[] truncated(byte[] whole) {
		return Arrays.copyOf(whole, whole.length - BOUNDARY.length() - 12);
	}

	private static void write(ByteArrayOutputStream body, String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> errorLines(CapturedOutput output, int from) {
		return output.toString().substring(from).lines().filter((line) -> line.contains(" ERROR ")).toList();
	}

}
