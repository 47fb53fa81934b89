package gov.irs.secureaccess.messaging.letters;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.Outbox;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.messaging.OutgoingMessage;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static gov.irs.secureaccess.support.FormTokens.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * MSG-2: letters go to the print vendor as a PDF batch with a manifest; afterwards their
 * codes are gone.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LetterBatchTest {

	@TempDir
	static Path batches;

	@DynamicPropertySource
	static void batchDir(DynamicPropertyRegistry registry) {
		registry.add("secure-access.letters.batch-dir", () -> batches.toString());
	}

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxReader reader;

	@Autowired
	LetterBatcher batcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void nextBatchTime() {
		this.clock.advance(Duration.ofHours(1));
	}

	@Test
	void MSG_2_whenLettersAreBatched_thenOnePdfHasEachLetterAndTheManifestHasNoNamesOrCodes() throws Exception {
		UUID ana = queue("ANA LOPEZ\n12 ELM ST APT 4\nSPRINGFIELD IL 62701", "Your activation code is 7KQ4-M9TX.");
		UUID jean = queue("JEAN MARTIN\n4 RUE DE LA PAIX\nPARIS 75002\nFRANCE", "Your activation code is 3HW8-PL2C.");

		LetterBatch batch = this.batcher.run().orElseThrow();

		assertThat(batch.messageIds()).containsExactly(ana, jean);
		assertThat(batch.folder().getParent()).isEqualTo(batches);
		assertThat(batch.folder().getFileName().toString()).matches("batch-\\d{8}-\\d{6}(-\\d+)?");
		assertThat(batch.folder().resolve("letters.pdf")).isRegularFile();
		String text = pdfText(batch.folder().resolve("letters.pdf"));
		assertThat(text).contains("ANA LOPEZ", "12 ELM ST APT 4", "SPRINGFIELD IL 62701", "7KQ4-M9TX")
			.contains("JEAN MARTIN", "4 RUE DE LA PAIX", "PARIS 75002", "FRANCE", "3HW8-PL2C")
			.contains("Your Secure Access activation code");
		assertThat(text.indexOf("ANA LOPEZ")).isLessThan(text.indexOf("JEAN MARTIN"));
		try (PDDocument pdf = Loader.loadPDF(batch.folder().resolve("letters.pdf").toFile())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2).isEqualTo(batch.pages());
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
			assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
		}

		List<CSVRecord> manifest = manifest(batch.folder());
		assertThat(manifest).hasSize(2);
		assertThat(manifest.get(0).toMap())
			.containsExactlyInAnyOrderEntriesOf(Map.of("message_id", ana.toString(), "template",
					"test.activation-letter", "page", "1", "pages", "1", "postal_code", "62701", "country", "US"));
		assertThat(manifest.get(1).toMap())
			.containsExactlyInAnyOrderEntriesOf(Map.of("message_id", jean.toString(), "template",
					"test.activation-letter", "page", "2", "pages", "1", "postal_code", "75002", "country", "FR"));
		String manifestText = Files.readString(batch.folder().resolve("manifest.csv"))
				+ Files.readString(batch.folder().resolve("manifest.sha256"));
		assertThat(manifestText).doesNotContain("ANA", "LOPEZ", "JEAN", "MARTIN", "ELM", "RUE", "7KQ4-M9TX",
				"3HW8-PL2C");

		String pdfSha = LetterBatcher.sha256(batch.folder().resolve("letters.pdf"));
		assertThat(batch.pdfSha256()).isEqualTo(pdfSha).hasSize(64);
		assertThat(Files.readAllLines(batch.folder().resolve("manifest.sha256"))).containsExactly(
				pdfSha + "  letters.pdf",
				LetterBatcher.sha256(batch.folder().resolve("manifest.csv")) + "  manifest.csv");
		Map<String, Object> row = this.jdbc.sql("select * from letter_batch where id = :id")
			.param("id", batch.id())
			.query()
			.singleRow();
		assertThat(row).containsEntry("pdf_sha256", pdfSha)
			.containsEntry("letter_count", 2)
			.containsEntry("page_count", 2)
			.containsEntry("folder", batch.folder().getFileName().toString());
		try (Stream<Path> left = Files.list(batches)) {
			assertThat(left.map((p) -> p.getFileName().toString())).noneMatch((name) -> name.endsWith(".tmp"));
		}
	}

	@Test
	void MSG_2_DATA_5_whenBatched_thenTheLettersAreSentAndTheCodeIsNoLongerInTheOutbox() {
		UUID id = queue("ANA LOPEZ\n12 ELM ST APT 4\nSPRINGFIELD IL 62701", "Your activation code is 7KQ4-M9TX.");

		LetterBatch batch = this.batcher.run().orElseThrow();

		Map<String, Object> row = this.jdbc.sql("select * from outbox_message where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row).containsEntry("status", "SENT").containsEntry("letter_batch_id", batch.id());
		assertThat(row.get("sent_at")).isNotNull();
		assertThat(row.get("body_sealed")).isNull();
		assertThat(row.get("subject_sealed")).isNull();
		// Every column of every outbox row, as text: the code is nowhere (also not
		// sealed: the body is gone).
		assertThat(this.jdbc.sql("select count(*) from outbox_message m where strpos(m::text, '7KQ4-M9TX') > 0")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.reader.newest(1000)).filteredOn((entry) -> entry.id().equals(id))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.body()).isNull();
				assertThat(entry.recipient()).isEqualTo("ANA LOPEZ\n12 ELM ST APT 4\nSPRINGFIELD IL 62701");
			});
	}

	@Test
	void MSG_2_whenRunAgainWithNothingPending_thenNoNewBatch() throws IOException {
		queue("ANA LOPEZ\n12 ELM ST APT 4\nSPRINGFIELD IL 62701", "Your activation code is 7KQ4-M9TX.");
		assertThat(this.batcher.run()).isPresent();
		int batchesBefore = batchCount();
		long foldersBefore = folderCount();

		this.clock.advance(Duration.ofDays(1));
		assertThat(this.batcher.run()).isEmpty();

		assertThat(batchCount()).isEqualTo(batchesBefore);
		assertThat(folderCount()).isEqualTo(foldersBefore);
	}

	@Test
	void MSG_2_whenNamesAreAccentedOrOutsideTheFont_thenTheLetterStillRenders() throws Exception {
		UUID maria = queue("MARÍA HERNÁNDEZ\nFriedrichstraße 43\nBERLIN 10117\nGERMANY",
				"Hola María, su código es 7KQ4-M9TX — “válido” 30 días. Łódź Ωmega 😀");

		LetterBatch batch = this.batcher.run().orElseThrow();

		String text = pdfText(batch.folder().resolve("letters.pdf"));
		assertThat(text).contains("MARÍA HERNÁNDEZ", "Friedrichstraße 43", "BERLIN 10117", "7KQ4-M9TX", "código",
				"“válido”", "Lódz");
		assertThat(manifest(batch.folder())).singleElement().satisfies((record) -> {
			assertThat(record.get("message_id")).isEqualTo(maria.toString());
			assertThat(record.get("postal_code")).isEqualTo("10117");
			assertThat(record.get("country")).isEqualTo("DE");
		});
	}

	@Test
	void MSG_2_whenTheCommitFails_thenTheFolderIsRemovedAndTheLettersStayPending() throws IOException {
		UUID id = queue("ANA LOPEZ\n12 ELM ST APT 4\nSPRINGFIELD IL 62701", "Your activation code is 7KQ4-M9TX.");
		int batchesBefore = batchCount();
		long foldersBefore = folderCount();
		// A deferred constraint trigger fails the transaction at COMMIT, after the folder
		// was renamed into place.
		this.jdbc.sql("""
				create function test_fail_letter_batch() returns trigger language plpgsql as
				$$ begin raise exception 'commit refused by test'; end $$
				""").update();
		this.jdbc.sql("""
				create constraint trigger test_fail_letter_batch after insert on letter_batch
				deferrable initially deferred for each row execute function test_fail_letter_batch()
				""").update();
		try {
			assertThatThrownBy(() -> this.batcher.run()).hasStackTraceContaining("commit refused by test");
		}
		finally {
			this.jdbc.sql("drop trigger test_fail_letter_batch on letter_batch").update();
			this.jdbc.sql("drop function test_fail_letter_batch()").update();
		}

		assertThat(batchCount()).isEqualTo(batchesBefore);
		assertThat(folderCount()).isEqualTo(foldersBefore);
		try (Stream<Path> left = Files.list(batches)) {
			assertThat(left.map((p) -> p.getFileName().toString())).noneMatch((name) -> name.endsWith(".tmp"));
		}
		assertThat(this.reader.newest(1000)).filteredOn((entry) -> entry.id().equals(id))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.status()).isEqualTo("PENDING");
				assertThat(entry.body()).contains("7KQ4-M9TX");
			});

		assertThat(this.batcher.run()).hasValueSatisfying((batch) -> assertThat(batch.messageIds()).contains(id));
	}

	@Test
	void MSG_2_whenAFolderWasLeftByACrashBeforeTheCommit_thenTheNextRunRemovesIt() throws IOException {
		Path orphan = Files.createDirectories(batches.resolve("batch-20000101-000000"));
		Files.writeString(orphan.resolve("letters.pdf"), "a letter with code 7KQ4-M9TX");
		Path temp = Files.createDirectories(batches.resolve(".batch-20000101-000001.tmp"));
		queue("ANA LOPEZ\n12 ELM ST APT 4\nSPRINGFIELD IL 62701", "Your activation code is 7KQ4-M9TX.");

		assertThat(this.batcher.run()).isPresent();

		assertThat(orphan).doesNotExist();
		assertThat(temp).doesNotExist();
	}

	@Test
	void MSG_2_whenTheDeveloperPressesTheButton_thenTheLettersAreHandedOver() throws Exception {
		UUID id = queue("ANA LOPEZ\n12 ELM ST APT 4\nSPRINGFIELD IL 62701", "Your activation code is 7KQ4-M9TX.");
		this.mvc.perform(get("/dev/outbox"))
			.andExpect(content().string(containsString("Hand letters to the print vendor")));

		this.mvc.perform(post("/dev/outbox/letter-batch").with(csrf()))
			.andExpect(redirectedUrl("/dev/outbox"))
			.andExpect(flash().attribute("letterCount", 1));

		assertThat(this.reader.newest(1000)).filteredOn((entry) -> entry.id().equals(id))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.status()).isEqualTo("SENT"));
	}

	private UUID queue(String address, String body) {
		return this.tx
			.execute((status) -> this.outbox.enqueue(new OutgoingMessage(Channel.LETTER, "test.activation-letter",
					address, "Your Secure Access activation code", body, "letter-" + UUID.randomUUID())));
	}

	private int batchCount() {
		return this.jdbc.sql("select count(*) from letter_batch").query(Integer.class).single();
	}

	private long folderCount() throws IOException {
		try (Stream<Path> folders = Files.list(batches)) {
			return folders.count();
		}
	}

	static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	static List<CSVRecord> manifest(Path folder) throws IOException {
		try (Reader in = Files.newBufferedReader(folder.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
	}

}
