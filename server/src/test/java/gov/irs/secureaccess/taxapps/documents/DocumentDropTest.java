package gov.irs.secureaccess.taxapps.documents;

import java.lang.reflect.RecordComponent;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.taxapps.documents.InvalidDocumentException.Problem;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FED-5 document drop: PDF, JPEG and PNG known by their first bytes, size and count
 * limited, stored sealed, and nothing but a receipt (number, file count, time) back.
 */
@IntegrationTest
class DocumentDropTest {

	@Autowired
	DocumentDrop drop;

	@Autowired
	JdbcClient jdbc;

	@Test
	void FED_5_whenPdfJpegAndPngAreSent_thenAReceiptNumberComesBackAndNothingElse() {
		Receipt receipt = this.drop.submit(Submitter.emailed("drop.one@example.test"),
				DocumentReference.of("notice", "CP2000-0417"), List.of(new Upload(DocumentFiles.pdf()),
						new Upload(DocumentFiles.jpeg()), new Upload(DocumentFiles.png())),
				"198.51.100.7");

		assertThat(receipt.number()).matches(ReceiptNumbers.PATTERN);
		assertThat(receipt.fileCount()).isEqualTo(3);
		assertThat(Receipt.class.getRecordComponents()).extracting(RecordComponent::getName)
			.containsExactly("number", "fileCount", "receivedAt");
		assertThat(this.jdbc.sql("""
				select f.file_type from document_file f join document_submission s on s.id = f.submission_id
				 where s.receipt = :receipt order by f.file_type""")
			.param("receipt", receipt.number())
			.query(String.class)
			.list()).containsExactly("JPEG", "PDF", "PNG");
	}

	@Test
	void FED_5_whenAFileIsNotPdfJpegOrPng_thenItIsRefusedWhateverItsNameSays() {
		assertProblem(List.of(new Upload(DocumentFiles.pdf()), new Upload(DocumentFiles.text())), Problem.WRONG_TYPE);
		assertProblem(List.of(new Upload(new byte[] { '%', 'P', 'D' })), Problem.WRONG_TYPE);
		assertProblem(List.of(new Upload(new byte[] { 'G', 'I', 'F', '8', '9', 'a' })), Problem.WRONG_TYPE);
	}

	@Test
	void FED_5_whenFilesAreTooLargeTooManyOrMissing_thenTheyAreRefused() {
		int limit = (int) this.drop.limits().maxFileSize().toBytes();
		assertThat(this.drop.check(List.of(new Upload(DocumentFiles.pdfOfSize(limit))))).hasSize(1);
		assertProblem(List.of(new Upload(DocumentFiles.pdfOfSize(limit + 1))), Problem.TOO_LARGE);
		assertProblem(Collections.nCopies(this.drop.limits().maxFiles() + 1, new Upload(DocumentFiles.png())),
				Problem.TOO_MANY_FILES);
		assertProblem(List.of(), Problem.NO_FILE);
		assertProblem(List.of(new Upload(new byte[0])), Problem.NO_FILE);
	}

	@Test
	void FED_5_whenTheReferenceIsMalformed_thenItIsRefused() {
		assertThatThrownBy(() -> DocumentReference.of("letter", "CP2000")).isInstanceOfSatisfying(
				InvalidDocumentException.class, (ex) -> assertThat(ex.problem()).isEqualTo(Problem.REFERENCE_KIND));
		for (String bad : new String[] { "", "ab", "x".repeat(31), "CP2000<script>", "-CP2000" }) {
			assertThatThrownBy(() -> DocumentReference.of("case", bad)).isInstanceOfSatisfying(
					InvalidDocumentException.class,
					(ex) -> assertThat(ex.problem()).isEqualTo(Problem.REFERENCE_NUMBER));
		}
		assertThat(DocumentReference.of(" Case ", " ab-1234 ").number()).isEqualTo("AB-1234");
	}

	@Test
	void DATA_1_whenDocumentsAreStored_thenTheFilesTheReferenceAndTheEmailAreNotInClear() {
		byte[] file = DocumentFiles.pdf();
		Receipt receipt = this.drop.submit(Submitter.emailed("Drop.Two@example.test"),
				DocumentReference.of("case", "ZX-998877"), List.of(new Upload(file)), null);

		String row = this.jdbc.sql("""
				select s.reference_sealed || s.email_hash || f.content_sealed from document_submission s
				  join document_file f on f.submission_id = s.id where s.receipt = :receipt""")
			.param("receipt", receipt.number())
			.query(String.class)
			.single();
		assertThat(row).doesNotContain("ZX-998877")
			.doesNotContain("example.test")
			.doesNotContain(Base64.getEncoder().encodeToString(file))
			.doesNotContain("%PDF");
	}

	@Test
	void FED_5_whenManyReceiptsAreMade_thenTheyDiffer() {
		ReceiptNumbers numbers = new ReceiptNumbers();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			assertThat(seen.add(numbers.next())).isTrue();
		}
		assertThat(seen).allMatch((number) -> number.matches(ReceiptNumbers.PATTERN));
	}

	private void assertProblem(List<Upload> files, Problem problem) {
		assertThatThrownBy(() -> this.drop.check(files)).isInstanceOfSatisfying(InvalidDocumentException.class,
				(ex) -> assertThat(ex.problem()).isEqualTo(problem));
	}

}
