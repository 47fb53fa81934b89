package gov.irs.secureaccess.taxapps.documents;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.OutboxCodes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-5 document drop pages without an account: email and notice number, the emailed
 * code, the upload, the receipt. Plain forms (no JavaScript needed); bad input answered
 * in the page; nothing of the taxpayer's shown back.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DocumentDropPagesTest {

	private static final Pattern RECEIPT = Pattern.compile("DD(-[0-9A-Z]{4}){4}");

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Test
	void FED_5_whenAPersonProvesTheirEmailAndUploads_thenTheyGetAReceiptAndNothingElse() throws Exception {
		DropBrowser browser = new DropBrowser(this.mvc);
		String email = "drop.pages1@example.test";
		assertThat(browser.page("/documents")).contains("Send documents to the IRS")
			.contains("only receives documents");

		String page = browser.post("/documents", Map.of("email", email, "kind", "NOTICE", "number", "CP2000-0417"));
		assertThat(page).contains("Enter the code we emailed you");
		page = browser.post("/documents/code", Map.of("code", OutboxCodes.latest(this.outbox, email)));
		assertThat(page).contains("Choose your documents").contains("up to 5 files, each 10 MB");

		page = browser.upload(DropBrowser.file("notice-reply.pdf", "application/pdf", DocumentFiles.pdf()),
				DropBrowser.file("w2.png", "image/png", DocumentFiles.png()));

		assertThat(page).contains("We received your documents").contains("We received 2 files");
		Matcher receipt = RECEIPT.matcher(page);
		assertThat(receipt.find()).isTrue();
		assertThat(page).doesNotContain(email).doesNotContain("CP2000").doesNotContain("notice-reply");
		assertThat(browser.page("/documents/receipt")).as("shown once").doesNotContain(receipt.group());
		assertThat(browser.page("/documents/upload")).as("the code opened one upload").contains("Email me a code");
	}

	@Test
	void FED_5_whenTheUploadIsLargerThanTheServiceReads_thenThePageSaysHowMuchMayBeSentNotA403() throws Exception {
		DropBrowser browser = verified("drop.pages9@example.test");

		String page = browser.unreadableUpload(61 * 1024 * 1024);

		assertThat(page).contains("Each file must be 10 MB or smaller").contains("Choose your documents");
		assertThat(page).doesNotContain("We received your documents");
		assertThat(browser.upload(DropBrowser.file("reply.pdf", "application/pdf", DocumentFiles.pdf())))
			.as("the person may send again at once")
			.contains("We received 1 file");
	}

	@Test
	void FED_5_whenTheFileIsNotADocumentType_thenThePageSaysSoAndThePersonMayTryAgain() throws Exception {
		DropBrowser browser = verified("drop.pages2@example.test");

		String page = browser.upload(DropBrowser.file("letter.pdf", "application/pdf", DocumentFiles.text()));
		assertThat(page).contains("Send PDF, JPEG or PNG files only").contains("Choose your documents");
		assertThat(page).doesNotContain("Olivia").doesNotContain("666-01-0001");

		page = browser
			.upload(DropBrowser.file("big.pdf", "application/pdf", DocumentFiles.pdfOfSize(10 * 1024 * 1024 + 1)));
		assertThat(page).contains("Each file must be 10 MB or smaller");

		page = browser.upload();
		assertThat(page).contains("Choose at least one file to send");

		assertThat(browser.upload(DropBrowser.file("photo.jpg", "image/jpeg", DocumentFiles.jpeg())))
			.contains("We received 1 file");
	}

	@Test
	void FED_5_whenTheFormIsFilledBadly_thenThePageExplainsAndSendsNothing() throws Exception {
		DropBrowser browser = new DropBrowser(this.mvc);
		browser.page("/documents");

		assertThat(browser.post("/documents", Map.of("email", "not an email", "kind", "NOTICE", "number", "CP2000")))
			.contains("Enter an email address like");
		assertThat(
				browser.post("/documents", Map.of("email", "x".repeat(10_000), "kind", "NOTICE", "number", "CP2000")))
			.contains("Enter an email address like");
		assertThat(browser.post("/documents",
				Map.of("email", "drop.pages3@example.test", "kind", "X", "number", "CP2000")))
			.contains("Choose whether you have a notice or a case number");
		assertThat(browser.post("/documents",
				Map.of("email", "drop.pages3@example.test", "kind", "CASE", "number", "<b>")))
			.contains("Enter the notice or case number");
		assertThat(browser.post("/documents", Map.of())).contains("Enter an email address like");
		assertThat(this.outbox.newest(50)).noneMatch((entry) -> entry.recipient().equals("drop.pages3@example.test"));
		assertThat(browser.page("/documents/upload")).as("no upload without a code").contains("Email me a code");
		assertThat(browser.post("/documents/code", Map.of("code", "123456"))).contains("Email me a code");
	}

	// FED-5: nothing typed is ever shown back, not even on the first form after an input
	// error.
	@Test
	void FED_5_whenTheFirstFormIsRefused_thenNeitherTheEmailNorTheNumberTypedIsShownBack() throws Exception {
		DropBrowser browser = new DropBrowser(this.mvc);
		browser.page("/documents");

		String badNumber = browser.post("/documents",
				Map.of("email", "drop.pages5@example.test", "kind", "CASE", "number", "AB 99 <x>"));
		String badEmail = browser.post("/documents",
				Map.of("email", "drop.pages5 at example", "kind", "NOTICE", "number", "CP2000-7788"));

		assertThat(badNumber).contains("Enter the notice or case number").doesNotContain("drop.pages5");
		assertThat(badEmail).contains("Enter an email address like")
			.doesNotContain("drop.pages5")
			.doesNotContain("CP2000-7788");
	}

	@Test
	void FED_5_whenTheCodeIsWrongFiveTimes_thenItIsSpentAndANewOneIsNeeded() throws Exception {
		DropBrowser browser = new DropBrowser(this.mvc);
		String email = "drop.pages4@example.test";
		browser.page("/documents");
		browser.post("/documents", Map.of("email", email, "kind", "CASE", "number", "AB-123456"));
		String right = OutboxCodes.latest(this.outbox, email);
		String wrong = right.equals("000000") ? "111111" : "000000";

		for (int i = 0; i < 5; i++) {
			assertThat(browser.post("/documents/code", Map.of("code", wrong))).contains("That code is not right");
		}
		String page = browser.post("/documents/code", Map.of("code", right));

		assertThat(page).contains("expired or was tried too many times").contains("Email me a code");
	}

	@Test
	void FED_5_whenCodesAreAskedForAgainAndAgain_thenTheEmailIsLimited() throws Exception {
		DropBrowser browser = new DropBrowser(this.mvc);
		browser.page("/documents");
		Map<String, String> form = Map.of("email", "drop.pages5@example.test", "kind", "NOTICE", "number", "CP14-2025");
		for (int i = 0; i < EmailedAccess.PER_EMAIL_AND_ADDRESS.maxHits(); i++) {
			assertThat(browser.post("/documents", form)).contains("Enter the code we emailed you");
		}

		assertThat(browser.post("/documents", form)).contains("Too many codes were asked for. Try again in");
	}

	@Test
	void FED_5_whenInSpanish_thenEveryPageIsInSpanish() throws Exception {
		DropBrowser browser = new DropBrowser(this.mvc);
		String email = "drop.pages6@example.test";
		assertThat(browser.page("/documents?lang=es")).contains("Enviar documentos al IRS");
		assertThat(browser.post("/documents", Map.of("email", email, "kind", "NOTICE", "number", "CP2000")))
			.contains("Escriba el código que le enviamos");
		assertThat(this.outbox.newest(20)
			.stream()
			.filter((m) -> m.recipient().equals(email))
			.findFirst()
			.orElseThrow()
			.body()).startsWith("Su código es");
		assertThat(browser.post("/documents/code", Map.of("code", OutboxCodes.latest(this.outbox, email))))
			.contains("Elija sus documentos");
		assertThat(browser.upload(DropBrowser.file("a.pdf", "application/pdf", DocumentFiles.pdf())))
			.contains("Recibimos sus documentos")
			.contains("Recibimos 1 archivo");
	}

	private DropBrowser verified(String email) throws Exception {
		DropBrowser browser = new DropBrowser(this.mvc);
		browser.page("/documents");
		browser.post("/documents", Map.of("email", email, "kind", "NOTICE", "number", "CP2000"));
		assertThat(browser.post("/documents/code", Map.of("code", OutboxCodes.latest(this.outbox, email))))
			.contains("Choose your documents");
		return browser;
	}

}
